/**
 * The last pass over rendered output: line ends as `\n`, no spaces or tabs at the end of a line,
 * at most `blankLines` empty lines in a row, no white space at either end, one final newline.
 *
 * One walk over the lines. Regular expressions such as `/[ \t]+$/gm` do the same but try every
 * space of a run that does not end its line (template indentation), which made this pass half
 * of a page's rendering time.
 */
function tidyLines(output: string, blankLines: number): string {
  const text = output.includes('\r') ? output.replace(/\r\n?/g, '\n') : output;
  // The line and paragraph separators end a line too, for what comes before them.
  const separators = /[\u2028\u2029]/.test(text);
  const kept: string[] = [];
  let blank = 0;
  for (const line of text.split('\n')) {
    let end = line.length;
    for (let code = line.charCodeAt(end - 1); code === 0x20 || code === 0x09; code = line.charCodeAt(end - 1)) end -= 1;
    if (end === 0) {
      blank += 1;
      if (blank <= blankLines) kept.push('');
      continue;
    }
    blank = 0;
    const content = end === line.length ? line : line.slice(0, end);
    kept.push(separators ? content.replace(/[ \t]+(?=[\u2028\u2029])/g, '') : content);
  }
  return `${kept.join('\n').trim()}\n`;
}

/** Markdown and text: blank lines at most one at a time. */
export function tidyText(output: string): string {
  return tidyLines(output, 1);
}

/** HTML needs no blank lines between elements. */
export function tidyHtml(output: string): string {
  return tidyLines(output, 0);
}
