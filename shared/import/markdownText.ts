// A .md file copied from a web page (issue 10, point 4): the Markdown marks are layout, not the
// document's words. They are taken off before the text is read as plain text: heading hashes,
// emphasis, block quotes, links (their text kept), escapes, table rules; a "* " or "+ " list
// item becomes the "- " an office types. Table rows keep their "|", which the text reader splits.

const RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/u)
    .filter((line) => !RULE_ROW.test(line) && !/^\s*(?:\*\s*){3,}$/u.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/u, '')
        .replace(/\s+#+\s*$/u, '')
        .replace(/^\s*(?:>\s?)+/u, '')
        .replace(/^(\s*)[*+]\s+/u, '$1- ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
        .replace(/(?<![\p{L}\d*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\d*])/gu, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1'),
    )
    .join('\n');
}
