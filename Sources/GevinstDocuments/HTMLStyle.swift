import GevinstCore

/// The CSS of the HTML documents: inline in the file, no web fonts, printing on A4 with page breaks between
/// proposals and table headers repeated on every page.
enum HTMLStyle {
    static let css = """
        @page { size: A4; margin: 20mm 18mm 20mm 18mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35;
          color: #000; margin: 0 auto; max-width: 180mm; padding: 10mm 0; }
        @media print { body { max-width: none; padding: 0; } }
        h1, h2, h3, h4 { color: #1f3864; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
        h1 { font-size: 17pt; margin: 0 0 8pt; }
        h2 { font-size: 14pt; margin: 14pt 0 6pt; }
        h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
        h4 { font-size: 10.5pt; margin: 10pt 0 4pt; }
        .template-section { text-transform: uppercase; letter-spacing: 0.02em; }
        .kicker { font-weight: bold; text-transform: uppercase; letter-spacing: 0.08em; color: #1f3864;
          border-bottom: 2pt solid #1f3864; padding-bottom: 2pt; margin: 0 0 6pt; }
        p { margin: 0 0 6pt; }
        .lead { font-weight: bold; }
        .note { font-size: 8.5pt; font-style: italic; margin: 2pt 0 6pt; }
        .front { text-align: left; padding-top: 70mm; }
        .front h1 { font-size: 28pt; border-bottom: 3pt solid #1f3864; padding-bottom: 6pt; }
        .front p { font-size: 13pt; margin: 4pt 0; }
        .page-break { break-before: page; page-break-before: always; height: 0; margin: 0; }
        dl.fields { display: grid; grid-template-columns: 48mm 1fr; gap: 2pt 8pt; margin: 0 0 8pt; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        .checkboxes { margin: 0 0 10pt; }
        .checkboxes .label { font-weight: bold; margin-bottom: 2pt; }
        .checkboxes table { border-collapse: collapse; width: 100%; }
        .checkboxes td { padding: 1pt 4pt 1pt 0; width: 50%; }
        .box { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
        figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
        figcaption, .caption { font-weight: bold; font-size: 9.5pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
        table.figures { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8.5pt; margin: 0 0 2pt;
          overflow-wrap: break-word; hyphens: manual; }
        table.figures th, table.figures td { border: 0.6pt solid #8c8c8c; padding: 2pt 4pt; vertical-align: top; }
        table.figures th { background: #1f3864; color: #fff; font-weight: bold; text-align: left; }
        table.figures.plain th { background: #dfe5ef; color: #000; }
        table.figures.borderless th, table.figures.borderless td { border: none; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .num { text-align: right !important; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .mark { text-align: center !important; }
        td.status-green { background: #\(StatusFill.hex(.green)); }
        td.status-yellow { background: #\(StatusFill.hex(.yellow)); }
        td.status-red { background: #\(StatusFill.hex(.red)); }
        tr.section td { font-weight: bold; background: #e8ecf3; }
        tr.subtotal td { font-weight: bold; }
        tr.total td { font-weight: bold; border-top: 1.2pt solid #000; }
        ul { margin: 0 0 6pt 16pt; padding: 0; }
        nav.toc ol { list-style: none; padding: 0; margin: 0 0 8pt; }
        nav.toc li { margin: 2pt 0; }
        nav.toc li.level1 { font-weight: bold; margin-top: 4pt; }
        nav.toc li.level2 { margin-left: 14pt; }
        nav.toc a { color: #000; text-decoration: none; }
        svg { max-width: 100%; height: auto; }
        """

    /// Added for landscape documents: the page on its side and a wider column of text.
    static let landscape = """

        @page { size: A4 landscape; margin: 15mm 15mm 15mm 15mm; }
        body { max-width: 267mm; }
        """
}
