/// The web application's stylesheet (served as `/static/gevinst.css`): system fonts only, contrast of at least
/// 4.5:1 for text, a focus outline on every control that shows on light and dark backgrounds, traffic lights
/// as shape + word + colour, and print rules that leave out the navigation.
enum WebStylesheet {
    static let css = #"""
    :root {
      --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --brand: #1f3864; --brand-light: #e8edf6;
      --link: #0b4f9c; --line: #b1b4b6; --focus: #ffbf47; --error: #a4161a; --ok: #1d6b32;
    }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
      font-size: 100%; color: var(--ink); background: var(--paper); line-height: 1.45; }
    body { margin: 0; }
    a { color: var(--link); text-underline-offset: 0.15em; }
    a:hover { color: #063970; text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
    input:focus-visible, select:focus-visible, textarea:focus-visible { outline-offset: 0; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    .skip-link { position: absolute; left: 0.5rem; top: -4rem; z-index: 10; background: var(--focus); color: var(--ink);
      padding: 0.5rem 1rem; font-weight: 700; }
    .skip-link:focus { top: 0.5rem; }

    .banner { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; background: var(--brand); color: #fff;
      padding: 0.6rem 1.5rem; }
    .banner a, .banner .brand { color: #fff; }
    .brand { font-size: 1.35rem; font-weight: 700; text-decoration: none; letter-spacing: 0.02em; }
    .who { margin: 0; flex: 1 1 auto; }
    .language { display: flex; gap: 0.75rem; }
    .language a[aria-current="true"] { font-weight: 700; text-decoration: none; }
    .logout { margin: 0; }
    .banner .button-secondary { background: transparent; color: #fff; border-color: #fff; }

    .main-nav { background: var(--brand-light); border-bottom: 1px solid var(--line); padding: 0 1.5rem; }
    .main-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; list-style: none; margin: 0; padding: 0; }
    .main-nav a { display: inline-block; padding: 0.65rem 0; font-weight: 600; text-decoration: none; color: var(--brand);
      border-bottom: 4px solid transparent; }
    .main-nav a[aria-current="page"] { border-bottom-color: var(--brand); }
    .main-nav a:hover { border-bottom-color: var(--link); }

    main { display: block; max-width: 1320px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    main:focus { outline: none; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.75rem 0 1rem; color: var(--brand); }
    h2 { font-size: 1.3rem; margin: 1.75rem 0 0.6rem; color: var(--brand); }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.4rem; }
    p { margin: 0 0 0.75rem; max-width: 75ch; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem 1.5rem; font-size: 0.9rem; }

    .notice { padding: 0.75rem 1rem; border-left: 6px solid var(--brand); background: var(--brand-light); max-width: none; }
    .notice-error { border-left-color: var(--error); background: #fbe9e9; }
    .notice-success { border-left-color: var(--ok); background: #e6f4ea; }

    .button-primary, .button-secondary, .button-disabled, button {
      display: inline-block; font: inherit; font-weight: 600; padding: 0.45rem 1rem; border-radius: 4px; cursor: pointer;
      border: 2px solid var(--brand); text-decoration: none; line-height: 1.3; margin: 0.25rem 0.5rem 0.25rem 0; }
    .button-primary { background: var(--brand); color: #fff; }
    .button-primary:hover { background: #142645; color: #fff; }
    .button-secondary { background: #fff; color: var(--brand); }
    .button-secondary:hover { background: var(--brand-light); color: var(--brand); }
    .button-disabled, button[disabled] { background: #e6e6e6; color: var(--muted); border-color: #8c8c8c; cursor: not-allowed; }

    .field { margin: 0 0 0.9rem; }
    .field label, fieldset legend { display: block; font-weight: 600; margin-bottom: 0.2rem; }
    .field-compact { margin: 0; }
    input[type="text"], input[type="search"], input[type="password"], input:not([type]), select, textarea {
      font: inherit; color: var(--ink); background: #fff; border: 2px solid #5f6368; border-radius: 3px; padding: 0.3rem 0.45rem;
      max-width: 100%; }
    input[type="text"], input[type="search"], input[type="password"], input:not([type]) { min-width: 4rem; }
    textarea { width: 100%; max-width: 60rem; }
    input[readonly] { background: #f0f0f0; border-style: dashed; }
    input[type="checkbox"], input[type="radio"] { width: 1.15rem; height: 1.15rem; vertical-align: -0.2rem; margin: 0 0.35rem 0 0; }
    [aria-invalid="true"] { border-color: var(--error) !important; border-width: 3px !important; }
    .hint { color: var(--muted); font-size: 0.9rem; margin: 0.15rem 0 0; font-weight: normal; }
    .field-error { color: var(--error); font-weight: 600; margin: 0.2rem 0 0; }
    .required { color: var(--error); }
    .check { margin: 0.2rem 0; }
    .check label { display: inline; font-weight: 400; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 0.75rem 1rem; margin: 0 0 1rem; min-width: 0; }
    fieldset.group > legend { font-size: 1.15rem; color: var(--brand); padding: 0 0.3rem; }
    fieldset.checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.1rem 1rem; }
    fieldset.checks > legend { grid-column: 1 / -1; }
    .field-row { display: flex; flex-wrap: wrap; gap: 0 1.25rem; align-items: flex-start; }
    .field-row > .field { flex: 0 1 auto; }
    .inline-form { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; margin-bottom: 1rem; }
    .inline-form .field { margin-bottom: 0.4rem; }
    .stacked { max-width: 44rem; }
    .filters fieldset { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
    .filters legend { width: 100%; }
    .filter-actions { margin-bottom: 0.9rem; }
    .error-summary { border: 4px solid var(--error); padding: 0.75rem 1rem; margin-bottom: 1.25rem; }
    .error-summary h2 { margin-top: 0; color: var(--error); }
    .error-summary a { color: var(--error); font-weight: 600; }

    table { border-collapse: collapse; margin: 0 0 1rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 700; padding: 0.25rem 0; color: var(--brand); }
    th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); background: #f3f2f1; }
    th[scope="row"] { font-weight: 600; }
    table.figures tbody th[scope="row"] { font-weight: 400; }
    table.figures tbody .row-total th, table.figures tbody .row-subtotal th { font-weight: 700; }
    .num { text-align: right; }
    td.num { white-space: nowrap; }
    .mark { text-align: center; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .row-total th, .row-total td { font-weight: 700; border-top: 2px solid var(--ink); }
    .row-subtotal th, .row-subtotal td { font-weight: 700; }
    .row-section td, .row-section th { background: var(--brand-light); font-weight: 700; }
    table.list { width: 100%; }
    table.list thead a { color: var(--ink); text-decoration: none; }
    table.list thead a:hover { text-decoration: underline; }
    table.figures { min-width: 40rem; }
    table.compact th, table.compact td { padding: 0.25rem 0.5rem; }
    .has-errors { color: var(--error); font-weight: 600; }
    .note { font-size: 0.9rem; font-style: italic; color: var(--muted); }
    .result-count { font-weight: 600; }
    .exports a { font-weight: 600; }

    .status { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; border: 1px solid #6b6b6b; background: #f3f2f1;
      font-size: 0.9rem; white-space: nowrap; }
    .status-adopted, .status-approved { border-color: var(--ok); background: #e6f4ea; }
    .status-returned, .status-rejected { border-color: var(--error); background: #fbe9e9; }
    .light { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 4px; border: 2px solid; font-weight: 700;
      font-size: 0.9rem; white-space: nowrap; }
    .light-green { background: #dff3e4; color: #0b4d1e; border-color: #2e7d32; }
    .light-yellow { background: #fff4cc; color: #4d3800; border-color: #b38600; }
    .light-red { background: #fde2e1; color: #7f1616; border-color: #c62828; }
    .bar-green { fill: #2e7d32; } .bar-yellow { fill: #f2c200; } .bar-red { fill: #c62828; }
    .colour-chart text { font-size: 13px; fill: var(--ink); }
    .colour-chart .bar-count-green, .colour-chart .bar-count-red { fill: #fff; font-weight: 700; }
    .colour-chart .bar-count-yellow { fill: #1b1b1b; font-weight: 700; }

    .findings { border-left: 5px solid #b38600; background: #fffbea; padding: 0.5rem 0.9rem; margin: 0.5rem 0 1rem; }
    .findings ul { margin: 0.25rem 0 0; padding-left: 1.1rem; }
    .findings-heading { font-weight: 700; margin: 0; }
    .finding-error .severity { color: var(--error); font-weight: 700; }
    .finding-warning .severity { color: #6b4e00; font-weight: 700; }
    .rule-id { font-size: 0.8rem; color: var(--muted); }

    .dashboard-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem 1.5rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 1.25rem 1rem; margin-bottom: 1.25rem; background: #fff; }
    .card h2 { margin-top: 0.75rem; }
    .attention > li { margin-bottom: 0.5rem; }
    figure.chart { margin: 0.5rem 0 1rem; max-width: 60rem; }
    figure.chart svg { display: block; max-width: 100%; height: auto; }
    figure.chart-small { max-width: 40rem; }
    figcaption { font-size: 0.9rem; color: var(--muted); }

    .proposal-meta { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-bottom: 0.5rem; }
    .actions { margin: 0.5rem 0 1rem; }
    .locked { font-weight: 600; }
    .on-page ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0 0 1rem; }
    .proposal-document { border-top: 3px solid var(--brand); padding-top: 0.5rem; }
    .kicker { text-transform: uppercase; font-weight: 700; letter-spacing: 0.08em; color: var(--brand); }
    .template-section { text-transform: uppercase; letter-spacing: 0.02em; font-size: 1.05rem; color: var(--brand); }
    .doc-fields { display: grid; grid-template-columns: minmax(12rem, max-content) 1fr; gap: 0.2rem 1rem; margin: 0 0 1rem; }
    .doc-fields dt { font-weight: 700; }
    .doc-fields dd { margin: 0; }
    .doc-checkboxes ul { list-style: none; padding: 0; columns: 2; max-width: 50rem; }
    .doc-checkboxes-label { font-weight: 700; margin-bottom: 0.2rem; }
    .downloads { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
    .downloads a { font-weight: 600; }
    .diff-table .old del { background: #fde2e1; text-decoration: line-through; }
    .diff-table .new ins { background: #dff3e4; text-decoration: none; }
    .diff-table code { white-space: normal; word-break: break-word; }
    .audit-changes { margin: 0; padding-left: 1.1rem; }
    .audit-changes li { margin: 0.1rem 0; }
    .diff-table th[scope=row] { font-weight: 600; max-width: 28rem; }
    .summary-list { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    .summary-list dt { font-weight: 700; }
    .summary-list dd { margin: 0; }
    .transition { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 0 0 0.75rem; max-width: 48rem; }
    .transition-blocked { background: #f7f7f7; }
    .blocked-reason { margin: 0.25rem 0 0; }
    .consultation-list .unanswered { color: var(--error); }
    .tag { font-size: 0.85rem; font-weight: 600; color: var(--muted); }
    .merge-table td.mine, .merge-table td.theirs { max-width: 30rem; }
    .both-changed th { border-left: 4px solid #b38600; }

    .editor .grid input[type="text"], .editor .grid input:not([type]) { width: 100%; }
    .editor .grid td.amount-cell input { width: 5.6rem; text-align: right; }
    .editor .grid th:first-child, .editor .grid td:first-child { min-width: 14rem; }
    .editor .grid th, .editor .grid td { padding: 0.3rem 0.3rem; }
    .editor .grid select { max-width: 11rem; }
    #f-title { width: 36rem; }
    .editor .grid.shares th:first-child, .editor .grid.shares td:first-child { min-width: 0; }
    .grid.shares input { width: 4.5rem; text-align: right; }
    .line-details { border: 1px solid var(--line); border-radius: 4px; padding: 0.4rem 0.8rem; margin: 0 0 0.5rem; }
    .line-details summary { font-weight: 600; cursor: pointer; }
    .driver-factors { background: #f8f9fb; }
    .formula-template { color: var(--muted); font-size: 0.9rem; }
    .formula { background: var(--brand-light); padding: 0.35rem 0.6rem; }
    .preview-region { border: 2px solid var(--brand); border-radius: 6px; padding: 0 1rem 0.75rem; margin: 0 0 1rem;
      background: #fbfcfe; }
    .preview-busy .preview-region { border-style: dashed; }
    .preview-failed .preview-region { border-color: var(--error); }
    .preview-heading { font-weight: 600; color: var(--muted); }
    .preview-subheading { font-weight: 700; margin-top: 0.5rem; }
    .payback { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
    .payback dt { font-weight: 600; }
    .payback dd { margin: 0; font-weight: 700; }
    .preview-ok { color: var(--ok); font-weight: 600; }
    .section-editor { border-bottom: 1px dashed var(--line); padding-bottom: 0.5rem; margin-bottom: 0.75rem; }
    .form-actions { position: sticky; bottom: 0; background: #fff; border-top: 2px solid var(--brand); padding: 0.5rem 0; }

    .board { width: 100%; }
    .board td { min-width: 7rem; }
    .board td.texts { min-width: 18rem; }
    .board textarea { width: 100%; font-size: 0.95rem; }
    .board .field { margin: 0 0 0.4rem; }
    .board label { font-size: 0.85rem; }
    .board select { max-width: 20rem; font-size: 0.9rem; }
    .record-code { display: block; }
    .record-title, .record-area { display: block; font-weight: 400; font-size: 0.9rem; }
    .record-area { color: var(--muted); }
    .cell-label { font-size: 0.85rem; font-weight: 700; margin: 0; }
    .figure { display: block; }
    .status-text, .reason { display: block; font-size: 0.85rem; margin-top: 0.2rem; }
    .reason { color: var(--muted); }
    .muted { color: var(--muted); }
    .login { max-width: 26rem; }
    .list-heading { font-weight: 700; }

    @media (max-width: 40rem) {
      main { padding: 0.75rem; }
      .banner { padding: 0.5rem 0.75rem; }
      .doc-fields { grid-template-columns: 1fr; }
    }
    @media print {
      .banner, .main-nav, .skip-link, .actions, .on-page, form, .site-footer { display: none !important; }
      main { max-width: none; padding: 0; }
    }
    """#
}
