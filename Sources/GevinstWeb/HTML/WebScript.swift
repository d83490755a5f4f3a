/// The web application's only script (served as `/static/gevinst.js`). The pages work without it; with it:
/// the editor posts the form to the server's preview endpoint as the user types and puts the returned figures
/// in place (the server computes, so there is one implementation of every rule); leaving a changed form asks
/// first; the driver fields show only the chosen calculation, and amounts computed by a formula are read-only.
enum WebScript {
    static let javascript = #"""
    (function () {
      'use strict';
      var dirty = false;
      var warning = 'Du har ændringer, der ikke er gemt.';
      function markDirty() { dirty = true; }

      document.querySelectorAll('form[data-preview-url], form[data-warn-unsaved]').forEach(function (form) {
        if (form.dataset.unsavedWarning) { warning = form.dataset.unsavedWarning; }
        form.addEventListener('input', markDirty);
        form.addEventListener('change', markDirty);
        form.addEventListener('submit', function () { dirty = false; });
      });

      window.addEventListener('beforeunload', function (event) {
        if (!dirty) { return; }
        event.preventDefault();
        event.returnValue = warning;
        return warning;
      });

      document.querySelectorAll('[data-leave]').forEach(function (link) {
        link.addEventListener('click', function (event) {
          if (dirty && !window.confirm(warning)) { event.preventDefault(); return; }
          dirty = false;
        });
      });

      var editor = document.querySelector('form[data-preview-url]');
      if (!editor) { return; }
      var target = document.getElementById('preview-body');
      var timer = null;
      var sequence = 0;

      function refresh() {
        if (!target) { return; }
        var body = new URLSearchParams(new FormData(editor));
        body.set('action', 'preview');
        var mine = ++sequence;
        editor.classList.add('preview-busy');
        fetch(editor.dataset.previewUrl, {
          method: 'POST', body: body, credentials: 'same-origin',
          headers: { 'X-Requested-With': 'gevinst-preview' }
        }).then(function (response) {
          if (!response.ok) { throw new Error('preview ' + response.status); }
          return response.text();
        }).then(function (html) {
          if (mine !== sequence) { return; }
          target.innerHTML = html;
          editor.classList.remove('preview-busy', 'preview-failed');
        }).catch(function () {
          if (mine === sequence) { editor.classList.remove('preview-busy'); editor.classList.add('preview-failed'); }
        });
      }

      function schedule(delay) {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, delay);
      }
      editor.addEventListener('input', function () { schedule(300); });
      editor.addEventListener('change', function () { schedule(100); });

      // The years decide the grid's columns: changing them redraws the editor (the server keeps what was typed).
      editor.querySelectorAll('[data-redraw]').forEach(function (input) {
        input.addEventListener('change', function () {
          var value = input.value.trim();
          if (!/^[0-9]{4}$/.test(value) || value === input.defaultValue) { return; }
          var button = editor.querySelector('button[name="action"][value="preview"]');
          dirty = false;
          if (button) { button.click(); }
        });
      });

      editor.querySelectorAll('select[name$=".driver"]').forEach(function (select) {
        var prefix = select.name.slice(0, -'driver'.length);
        var group = select.closest('[data-driver-group]');
        function sync() {
          if (group) {
            group.querySelectorAll('[data-driver-kind]').forEach(function (fieldset) {
              fieldset.hidden = fieldset.dataset.driverKind !== select.value;
            });
          }
          editor.querySelectorAll('input[name^="' + prefix + 'y."]').forEach(function (input) {
            input.readOnly = select.value !== '';
          });
        }
        select.addEventListener('change', sync);
        sync();
      });
    })();
    """#
}
