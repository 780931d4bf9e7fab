import { foreignLetters } from '../../citations/confusables.ts';
import { textKey } from '../../model/walk.ts';
import { derivedOf, type RuleModule } from '../context.ts';
import { at, type Draft } from '../finding.ts';

const WORD_CHAR = /[\p{Script=Latin}\p{N}\-/&]/u;

/**
 * A Cyrillic or Greek letter inside a Latin word ("UBNDа", "Lаng Sơn"): it looks right on screen
 * but the citation, the agency name or the symbol no longer matches anything (search, the registry,
 * the checks). Reported with the letter, its script and its place in the word; the fix writes the
 * Latin letter. A letter standing among letters of its own script is left alone.
 */
export const foreignLetterRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.foreign-letter',
      severity: 'warning',
      title: 'Chữ của bảng chữ cái khác (Kirin, Hy Lạp) trong chữ Latinh',
      titleEn: 'A letter of another script (Cyrillic, Greek) inside a Latin word',
    },
  ],
  run(ctx) {
    const { scan } = ctx;
    const derived = derivedOf(ctx);
    const out: Draft[] = [];
    for (const t of scan.texts) {
      for (const f of derived('foreignLetters', t.text, foreignLetters)) {
        const key = textKey(t.location);
        const before = t.text[f.index - 1] ?? '';
        const after = t.text[f.index + 1] ?? '';
        if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) continue;
        let ws = f.index;
        while (ws > 0 && /[^\s,;:()"“”]/u.test(t.text[ws - 1] ?? ' ')) ws -= 1;
        let we = f.index + 1;
        while (we < t.text.length && /[^\s,;:()"“”]/u.test(t.text[we] ?? ' ')) we += 1;
        const word = t.text.slice(ws, we);
        const place = f.index - ws + 1;
        const cited = scan.citations.find(
          (c) => textKey(c.location) === key && c.start <= f.index && f.index < c.end,
        );
        const inVi = cited ? ` trong trích dẫn "${cited.text.replace(/\s+/g, ' ')}"` : '';
        const inEn = cited ? ` in the citation "${cited.text.replace(/\s+/g, ' ')}"` : '';
        const scriptVi = f.script === 'Cyrillic' ? 'Kirin' : 'Hy Lạp';
        const code = `U+${(f.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        out.push({
          rule: 'citation.foreign-letter',
          message: `Chữ "${f.char}" (${code}, chữ ${scriptVi}) ở vị trí thứ ${place} của "${word}"${inVi} trông như chữ Latinh "${f.latin}" nhưng là chữ khác.`,
          messageEn: `"${f.char}" (${code}, ${f.script}) at position ${place} of "${word}"${inEn} looks like the Latin "${f.latin}" but is another letter.`,
          excerpt: word,
          location: at(t.location, f.index, f.index + 1),
          clause: null,
          fix: {
            location: t.location,
            range: { start: f.index, end: f.index + 1 },
            replacement: f.latin,
            label: `Thay bằng chữ Latinh "${f.latin}"`,
            labelEn: `Replace with the Latin "${f.latin}"`,
          },
        });
      }
    }
    return out;
  },
};
