/**
 * Text from a document or a file name as any text output may show it: the one escaping every
 * human-readable format applies (pretty, github, markdown, junit, the diff formats, the git diff
 * driver's header, messages on standard error), before the escapes of its own syntax. Control characters (ESC, BEL, CR, …) become
 * their visible symbols (␛, ␇, ␍) and the C1 controls and bidirectional overrides become �, so
 * that a document or a file name cannot move the cursor, recolour or retitle the terminal,
 * erase a finding or reorder the text around it. Tabs and line breaks stay. Each character is
 * replaced by one, so carets stay under their columns.
 */
export function printable(text: string): string {
  return text.replace(CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
