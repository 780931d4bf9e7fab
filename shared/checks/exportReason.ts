/** The longest reason kept in the export log (a sentence or two, not a document). */
export const MAX_EXPORT_REASON = 2000;

/**
 * A reason as it is logged: NFC, trimmed, and null when nothing but blanks was given. In its own
 * module so the CLI can validate `--force` before it loads the checks (issue 13: lazy start-up).
 */
export function exportReason(raw: string | null | undefined): string | null {
  const r = (raw ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  return r === '' ? null : r;
}
