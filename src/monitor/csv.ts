/**
 * CSV as a Dutch spreadsheet opens it without asking: semicolons between fields (a comma is
 * the decimal sign there), UTF-8 with a byte order mark (so "ë" stays "ë"), CRLF line ends and
 * fields quoted as RFC 4180 says. A field that a spreadsheet would run as a formula (starting
 * with =, +, -, @) is kept as text by a leading apostrophe.
 */
const BOM = '\uFEFF';

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
