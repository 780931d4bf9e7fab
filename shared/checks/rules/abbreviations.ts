import type { ScannedText } from '../../citations/planCitations.ts';
import type { AbbreviationUse, ParsedDefinition } from '../../citations/types.ts';
import type { RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';
import { sameValue } from '../sameValue.ts';
import { fieldArea, isTitleField, type FieldArea } from '../../model/fields/fieldAddress.ts';

/** Recipients, the Lưu line, the header and the signature abbreviate freely (NĐ 30 practice). */
const SKIP_AREAS = new Set<FieldArea>(['header', 'recipients', 'signature']);
const inSkippedArea = (t: ScannedText): boolean => SKIP_AREAS.has(fieldArea(t.location.address));

interface Located<T> {
  item: T;
  text: ScannedText;
  order: number;
}

function skipped(t: ScannedText): boolean {
  return inSkippedArea(t) || (isTitleField(t.location.address) && t.parse.mostlyUpper);
}

/**
 * An abbreviation is written out at its first use with the abbreviation in brackets, defined once,
 * and then used; short names ("(viết tắt là Đề án)") are defined once too. Accepted abbreviations
 * (UBND, HĐND …, extensible in the options) need no definition.
 */
export const abbreviationRules: RuleModule = {
  rules: [
    {
      id: 'abbrev.undefined',
      severity: 'warning',
      title: 'Chữ viết tắt chưa được định nghĩa',
      titleEn: 'Abbreviation never defined',
    },
    {
      id: 'abbrev.before-definition',
      severity: 'warning',
      title: 'Chữ viết tắt dùng trước khi định nghĩa',
      titleEn: 'Abbreviation used before its definition',
    },
    {
      id: 'abbrev.defined-twice',
      severity: 'warning',
      title: 'Chữ viết tắt hoặc tên gọi tắt định nghĩa hai lần',
      titleEn: 'Abbreviation or short name defined twice',
    },
    {
      id: 'abbrev.unused',
      severity: 'info',
      title: 'Định nghĩa nhưng không dùng',
      titleEn: 'Defined but never used',
    },
  ],
  // Reads each text's definitions (whose excerpt is the text's own words), its uses and its case,
  // and the words of every later text where a short name may occur.
  affectedBy: ({ before, after }, { scan }) => {
    const [b, a] = [before.parse, after.parse];
    if (b.definitions.length > 0 || a.definitions.length > 0 || b.mostlyUpper !== a.mostlyUpper) return true;
    if (!sameValue(b.abbreviations, a.abbreviations)) return true;
    for (const t of scan.texts)
      for (const d of t.parse.definitions)
        if (d.kind === 'shortName' && (before.text.includes(d.term) || after.text.includes(d.term))) return true;
    return false;
  },
  run({ scan, accepted }) {
    const out: Draft[] = [];
    const defs: Array<Located<ParsedDefinition>> = [];
    const uses: Array<Located<AbbreviationUse>> = [];
    let order = 0;
    for (const t of scan.texts) {
      // An upper-case heading may define ("I. CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT (PBGDPL)");
      // only its uses are skipped, since a heading in capitals reads like abbreviations.
      if (inSkippedArea(t)) continue;
      for (const d of t.parse.definitions) defs.push({ item: d, text: t, order: order + d.start / 1e7 });
      if (skipped(t)) {
        order += 1;
        continue;
      }
      if (!t.parse.mostlyUpper) {
        for (const u of t.parse.abbreviations) uses.push({ item: u, text: t, order: order + u.start / 1e7 });
      }
      order += 1;
    }
    const firstDef = new Map<string, Located<ParsedDefinition>>();
    for (const d of defs) {
      const prev = firstDef.get(d.item.term);
      if (!prev) {
        firstDef.set(d.item.term, d);
        continue;
      }
      out.push({
        rule: 'abbrev.defined-twice',
        message: `"${d.item.term}" đã được định nghĩa ở ${prev.text.location.label}; không cần định nghĩa lại.`,
        messageEn: `"${d.item.term}" is already defined in ${prev.text.location.labelEn}; no need to define it again.`,
        excerpt: d.text.text.slice(d.item.start, d.item.end),
        location: at(d.text.location, d.item.start, d.item.end),
        clause: CLAUSE.abbreviation,
        fix: null,
      });
    }
    const reported = new Set<string>();
    const used = new Set<string>();
    for (const u of uses) {
      const term = u.item.term;
      const def = firstDef.get(term);
      if (def && def.order < u.order) {
        used.add(term);
        continue;
      }
      if (accepted.has(term) || reported.has(term)) continue;
      reported.add(term);
      const before = def !== undefined;
      out.push({
        rule: before ? 'abbrev.before-definition' : 'abbrev.undefined',
        message: before
          ? `"${term}" được dùng trước khi định nghĩa (định nghĩa ở ${def.text.location.label}).`
          : `Chữ viết tắt "${term}" chưa được định nghĩa: lần đầu cần viết đầy đủ, kèm "(${term})".`,
        messageEn: before
          ? `"${term}" is used before its definition (in ${def.text.location.labelEn}).`
          : `The abbreviation "${term}" is never defined: write it out at first use, followed by "(${term})".`,
        excerpt: term,
        location: at(u.text.location, u.item.start, u.item.end),
        clause: CLAUSE.abbreviation,
        fix: null,
      });
    }
    // Short names are ordinary words: count them as used when they occur after the definition.
    for (const [term, def] of firstDef) {
      if (used.has(term)) continue;
      if (def.item.kind === 'shortName') {
        let found = false;
        let o = 0;
        for (const t of scan.texts) {
          if (!inSkippedArea(t)) {
            const from = o === Math.floor(def.order) ? def.item.end : 0;
            if (o >= Math.floor(def.order) && t.text.indexOf(term, from) >= 0) {
              found = true;
              break;
            }
            o += 1;
          }
        }
        if (found) continue;
      }
      out.push({
        rule: 'abbrev.unused',
        message: `"${term}" được định nghĩa nhưng không được dùng lại; có thể bỏ định nghĩa.`,
        messageEn: `"${term}" is defined but never used afterwards; the definition can go.`,
        excerpt: def.text.text.slice(def.item.start, def.item.end),
        location: at(def.text.location, def.item.start, def.item.end),
        clause: CLAUSE.abbreviation,
        fix: null,
      });
    }
    return out;
  },
};
