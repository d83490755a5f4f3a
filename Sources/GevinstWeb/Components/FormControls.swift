/// Form controls that always come with their label: every control has an `id` and a `<label for=id>` (shown,
/// or read only by screen readers where a grid's column heading already says it), an error message tied to
/// it with `aria-describedby`, and `aria-invalid` when the value was refused.
public enum FormControls {
    /// The hidden CSRF token field every form carries.
    public static func csrf(_ html: inout HTML, token: String) {
        html.void("input", ["type": "hidden", "name": "csrf", "value": token])
    }

    public static func hidden(_ html: inout HTML, name: String, value: String) {
        html.void("input", ["type": "hidden", "name": name, "value": value])
    }

    /// How a control's label is shown.
    public enum LabelStyle: Sendable {
        /// Above the control.
        case visible
        /// Only for screen readers: a grid whose headings say what each column is.
        case hidden
    }

    /// `<label>` + `<input>` (text, number, password, file…), with an optional hint and error under it.
    public static func input(
        _ html: inout HTML, id: String, name: String, label: String, value: String = "", type: String = "text",
        labelStyle: LabelStyle = .visible, hint: String? = nil, error: String? = nil, required: Bool = false,
        inputMode: String? = nil, autocomplete: String? = nil, size: Int? = nil, form: String? = nil,
        accept: String? = nil, readOnly: Bool = false, redraws: Bool = false
    ) {
        html.element("div", ["class": labelStyle == .visible ? "field" : "field field-compact"]) { html in
            labelElement(&html, for: id, text: label, style: labelStyle, required: required)
            let described = describedBy(id: id, hint: hint, error: error)
            html.void("input", [
                "type": type, "id": id, "name": name, "value": type == "file" || type == "password" ? nil : value,
                "required": required ? "" : nil, "inputmode": inputMode, "autocomplete": autocomplete,
                "size": size.map(String.init), "form": form, "accept": accept, "readonly": readOnly ? "" : nil,
                "data-redraw": redraws ? "" : nil,
                "aria-describedby": described, "aria-invalid": error == nil ? nil : "true",
            ])
            messages(&html, id: id, hint: hint, error: error)
        }
    }

    /// `<label>` + `<textarea>`.
    public static func textArea(
        _ html: inout HTML, id: String, name: String, label: String, value: String, rows: Int = 4,
        labelStyle: LabelStyle = .visible, hint: String? = nil, error: String? = nil, required: Bool = false,
        form: String? = nil
    ) {
        html.element("div", ["class": labelStyle == .visible ? "field" : "field field-compact"]) { html in
            labelElement(&html, for: id, text: label, style: labelStyle, required: required)
            html.element("textarea", [
                "id": id, "name": name, "rows": String(rows), "required": required ? "" : nil, "form": form,
                "aria-describedby": describedBy(id: id, hint: hint, error: error), "aria-invalid": error == nil ? nil : "true",
            ], text: value)
            messages(&html, id: id, hint: hint, error: error)
        }
    }

    /// `<label>` + `<select>`; `options` are (value, text) pairs.
    public static func select(
        _ html: inout HTML, id: String, name: String, label: String, options: [(value: String, text: String)],
        selected: String?, labelStyle: LabelStyle = .visible, hint: String? = nil, error: String? = nil,
        form: String? = nil, required: Bool = false
    ) {
        html.element("div", ["class": labelStyle == .visible ? "field" : "field field-compact"]) { html in
            labelElement(&html, for: id, text: label, style: labelStyle, required: required)
            html.element("select", [
                "id": id, "name": name, "form": form, "required": required ? "" : nil,
                "aria-describedby": describedBy(id: id, hint: hint, error: error), "aria-invalid": error == nil ? nil : "true",
            ]) { html in
                var matched = false
                for option in options {
                    let isSelected = !matched && option.value == selected
                    if isSelected { matched = true }
                    html.element("option", ["value": option.value, "selected": isSelected ? "" : nil], text: option.text)
                }
                // A stored value the list does not offer stays selectable, so saving never drops it.
                if let selected, !selected.isEmpty, !matched {
                    html.element("option", ["value": selected, "selected": ""], text: selected)
                }
            }
            messages(&html, id: id, hint: hint, error: error)
        }
    }

    /// A checkbox with its label after it.
    public static func checkbox(
        _ html: inout HTML, id: String, name: String, value: String = "on", label: String, checked: Bool,
        labelStyle: LabelStyle = .visible, form: String? = nil
    ) {
        html.element("div", ["class": "check"]) { html in
            html.void("input", [
                "type": "checkbox", "id": id, "name": name, "value": value, "checked": checked ? "" : nil, "form": form,
            ])
            html.element("label", ["for": id, "class": labelStyle == .hidden ? "visually-hidden" : nil], text: label)
        }
    }

    /// A group of radio buttons in a `<fieldset>` with its `<legend>`.
    public static func radioGroup(
        _ html: inout HTML, idPrefix: String, name: String, legend: String, options: [(value: String, text: String)],
        selected: String?
    ) {
        html.element("fieldset", ["class": "radio-group"]) { html in
            html.element("legend", text: legend)
            for (index, option) in options.enumerated() {
                let id = "\(idPrefix)-\(index)"
                html.element("div", ["class": "check"]) { html in
                    html.void("input", [
                        "type": "radio", "id": id, "name": name, "value": option.value,
                        "checked": option.value == selected ? "" : nil,
                    ])
                    html.element("label", ["for": id], text: option.text)
                }
            }
        }
    }

    /// A submit button; `name`/`value` say which action a form with several buttons asks for.
    public static func submit(
        _ html: inout HTML, _ text: String, name: String? = nil, value: String? = nil, style: String = "button-primary",
        form: String? = nil, disabled: Bool = false, describedBy: String? = nil
    ) {
        html.element("button", [
            "type": "submit", "class": style, "name": name, "value": value, "form": form,
            "disabled": disabled ? "" : nil, "aria-describedby": describedBy,
        ], text: text)
    }

    static func labelElement(_ html: inout HTML, for id: String, text: String, style: LabelStyle, required: Bool) {
        html.element("label", ["for": id, "class": style == .hidden ? "visually-hidden" : nil]) { html in
            html.text(text)
            if required { html.element("span", ["class": "required"], text: " *") }
        }
    }

    static func describedBy(id: String, hint: String?, error: String?) -> String? {
        let ids = [hint == nil ? nil : id + "-hint", error == nil ? nil : id + "-error"].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    static func messages(_ html: inout HTML, id: String, hint: String?, error: String?) {
        if let hint { html.element("p", ["class": "hint", "id": id + "-hint"], text: hint) }
        if let error { html.element("p", ["class": "field-error", "id": id + "-error"], text: error) }
    }
}
