/**
 * Split a "Vietnamese / English" note (import and rollover reasons are written so) into its two
 * languages, so a screen shows one. The English part follows the last " / " and quotes no plan
 * text; a note without " / " is the same in both.
 */
export function splitBilingual(text: string): { vi: string; en: string } {
  const at = text.lastIndexOf(' / ');
  return at < 0 ? { vi: text, en: text } : { vi: text.slice(0, at), en: text.slice(at + 3) };
}
