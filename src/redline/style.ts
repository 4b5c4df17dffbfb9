/**
 * How the redline marks changes on screen and on paper: inserted words underlined in green,
 * deleted ones struck through in red (also legible in black and white), a bar in the left
 * margin beside each change, coloured by level. On paper the page keeps a strip on the left for
 * the bars (Chromium does not print into the page margin); on screen the body's padding holds them.
 */
export const REDLINE_CSS = `
ins { text-decoration: underline; text-decoration-thickness: 0.12em; text-underline-offset: 0.15em; color: #0b5d1e; background: #e6f4ea; }
del { text-decoration: line-through; color: #9b1c1c; background: #fde8e8; }
ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { position: relative; }
@media print { body { padding-left: 9mm; } }
.redline-mark { position: absolute; left: 1mm; width: 0; height: 1.2em; border-left: 2.5mm solid #6b7280; }
.redline-mark.redline-breaking { border-left-color: #b91c1c; }
.redline-mark.redline-approval { border-left-color: #b45309; }
.redline-summary { border: 1px solid #9ca3af; padding: 0.5em 1em; margin: 1em 0 2em; break-inside: auto; }
.redline-summary h2 { margin-top: 0.2em; }
.redline-summary ol { margin: 0.3em 0 0.8em; padding-left: 1.6em; }
.redline-summary li { margin: 0.15em 0; }
.redline-summary a { color: inherit; }
.redline-where { font-weight: 600; }
.redline-legend { font-style: italic; }
@media print { .redline-summary { break-after: page; } }
`;
