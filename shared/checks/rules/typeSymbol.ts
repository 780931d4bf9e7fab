import { docTypeByName, typeForCode } from '../../citations/docTypes.ts';
import type { RuleModule } from '../context.ts';
import { at, excerptOf, type Draft } from '../finding.ts';

const up = (s: string): string => s.toUpperCase();

/** Type word against the code its symbol carries: "Kế hoạch số 12/QĐ-UBND" is certainly wrong. */
export const typeSymbolRules: RuleModule = {
  scope: 'text',
  rules: [
    {
      id: 'citation.type-symbol',
      severity: 'error',
      title: 'Loại văn bản không khớp ký hiệu',
      titleEn: 'Document type does not match its symbol',
    },
    {
      id: 'citation.type-symbol-irregular',
      severity: 'warning',
      title: 'Ký hiệu không mang mã loại văn bản thường gặp',
      titleEn: 'Symbol does not carry the usual type code',
    },
  ],
  run({ scan }) {
    const out: Draft[] = [];
    for (const c of scan.citations) {
      if (c.type === null || c.typeInferred || c.symbol === null || c.numberSymbolSpan === null) continue;
      const info = docTypeByName(c.type);
      if (!info || info.free) continue;
      const lawSymbol = c.year !== null && /^(?:QH|UBTVQH)\d{0,2}$/i.test(c.symbol);
      const code = c.typeCode;
      let verdict: 'ok' | 'error' | 'irregular';
      let expected = info.codes.join(', ');
      if (code !== null) {
        const known = typeForCode(code) !== undefined;
        if (info.codes.some((k) => up(k) === up(code))) verdict = 'ok';
        else if ((info.tolerated ?? []).some((k) => up(k) === up(code))) verdict = 'irregular';
        else if (known) verdict = 'error';
        else verdict = 'irregular';
      } else if (lawSymbol) {
        verdict = info.assembly === true ? 'ok' : 'error';
        expected = info.codes.join(', ');
      } else if (info.normative === 'law') {
        verdict = 'ok';
      } else {
        verdict = 'irregular';
      }
      if (verdict === 'ok') continue;
      const typeStart = c.typeSpan?.start ?? c.start;
      const loc = at(c.location, typeStart, c.numberSymbolSpan.end);
      const shown = code ?? c.symbol;
      out.push({
        rule: verdict === 'error' ? 'citation.type-symbol' : 'citation.type-symbol-irregular',
        message:
          verdict === 'error'
            ? `Loại văn bản "${c.type}" không khớp ký hiệu "${c.numberSymbol}": mã "${shown}" là của loại khác${expected ? ` (${c.type} mang mã ${expected})` : ''}.`
            : `Ký hiệu "${c.numberSymbol}" không mang mã thường dùng của ${c.type}${expected ? ` (${expected})` : ''}; đề nghị kiểm tra lại.`,
        messageEn:
          verdict === 'error'
            ? `Document type "${c.type}" does not match the symbol "${c.numberSymbol}": code "${shown}" belongs to another type${expected ? ` (${c.type} carries ${expected})` : ''}.`
            : `Symbol "${c.numberSymbol}" does not carry the usual code of ${c.type}${expected ? ` (${expected})` : ''}; please check it.`,
        excerpt: excerptOf(c.text, typeStart - c.start, c.numberSymbolSpan.end - c.start),
        location: loc,
        clause: 'NĐ 30/2020, PL III',
        fix: null,
      });
    }
    return out;
  },
};
