/**
 * Characters an XML 1.0 document cannot carry: C0 controls other than tab, newline and carriage
 * return, lone surrogates, and the non-characters U+FFFE and U+FFFF. A plan holding one would export
 * to a .docx that Word, LibreOffice and our own verify refuse to open, so they are removed where
 * text enters the model (issue 12).
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML cannot carry, and how many were removed. */
export function stripXmlInvalid(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(XML_INVALID, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

export function hasXmlInvalid(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  const found = XML_INVALID.test(text);
  XML_INVALID.lastIndex = 0;
  return found;
}
