/**
 * Control characters a terminal would obey: C0 (but tab and newline), DEL, C1 (0x9B is a one-byte
 * CSI on some terminals) and the bidirectional overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text for a terminal: every control character escaped as \xHH or \uHHHH, so that a file's content
 * (a plan's text, a name, an excerpt) is shown, never executed (issue 12: raw escape bytes from a
 * file were printed).
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
