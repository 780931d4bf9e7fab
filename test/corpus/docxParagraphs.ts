import { strFromU8, unzipSync } from 'fflate';

// The paragraph texts of a .docx read straight from its XML, independently of the product's reader,
// so that the corpus measurements compare the product against the file and not against itself.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/giu, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? '';
  });
}

/**
 * One entry per `<w:p>` of the body (table cells included, in document order) and then of the
 * footnotes; tabs and line breaks read as spaces. Empty paragraphs are kept as empty strings.
 * With `headers`, the page headers' paragraphs follow (where a draft export draws its "DỰ THẢO").
 */
export function docxParagraphs(bytes: Uint8Array, options: { headers?: boolean } = {}): string[] {
  const parts = unzipSync(bytes);
  const out: string[] = [];
  const headers = options.headers
    ? Object.keys(parts)
        .filter((name) => /^word\/header\d*\.xml$/u.test(name))
        .sort()
    : [];
  for (const name of ['word/document.xml', 'word/footnotes.xml', ...headers]) {
    const part = parts[name];
    if (!part) continue;
    for (const paragraph of strFromU8(part)
      .split(/<\/w:p>/u)
      .slice(0, -1)) {
      const pieces = [
        ...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)(?:\s[^>]*)?\/>/gu),
      ].map((m) => (m[1] === undefined ? ' ' : unescapeXml(m[1])));
      out.push(pieces.join(''));
    }
  }
  return out;
}
