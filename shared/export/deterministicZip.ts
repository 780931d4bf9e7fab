import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The docx library stamps the package with the current time (zip entry dates and docProps/core.xml).
 * Rewriting both makes the export a pure function of (plan, options): same input, same bytes, so an
 * export's sha256 identifies its content.
 */
export function normalizeDocxPackage(bytes: Uint8Array, timestampIso: string): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  // DOS zip times are local time: a date built from local fields reads back the same everywhere.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  for (const [name, data] of Object.entries(files)) {
    let content = data;
    if (name === 'docProps/core.xml') {
      const xml = strFromU8(data)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/u, `$1${timestampIso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/u, `$1${timestampIso}$2`);
      content = strToU8(xml);
    }
    out[name] = [content, { mtime, level: 6 }];
  }
  return zipSync(out);
}
