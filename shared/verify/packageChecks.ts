import { ND30 } from '../format/nd30.ts';
import { mmToTwip, twipToMm } from '../format/units.ts';
import { entryText } from '../ooxml/readPackage.ts';
import { allParagraphs, type Check } from './locate.ts';
import { inRange, textRuns } from './paraFormat.ts';
import { fail, pass } from './verifyOutcome.ts';
import type { VerifyRuleId } from './verifyRules.ts';

/** The package, its properties, the page and the font: rules on the whole file. */
export const PACKAGE_CHECKS = {
  'package.document': (m) =>
    m.body
      ? pass(`đọc được ${m.body.length} khối nội dung`, `${m.body.length} body elements read`)
      : fail('không có word/document.xml hoặc thiếu w:body', 'word/document.xml or its body is missing'),
  'package.noMacros': (m) => {
    const names = [...m.pkg.keys()].filter((n) => /vbaProject|vbaData|\.bin$/iu.test(n));
    const ct = entryText(m.pkg, '[Content_Types].xml') ?? '';
    return names.length === 0 && !/macroEnabled/iu.test(ct)
      ? pass('không có macro', 'no macros')
      : fail(
          `có macro: ${names.join(', ') || 'macroEnabled'}`,
          `macros found: ${names.join(', ') || 'macroEnabled'}`,
        );
  },
  'package.noExternalRelationships': (m) => {
    const ext = [...m.pkg.keys()]
      .filter((n) => n.endsWith('.rels'))
      .filter((n) => /TargetMode\s*=\s*["']External["']/u.test(entryText(m.pkg, n) ?? ''));
    return ext.length === 0
      ? pass('không có liên kết ngoài', 'no external relationships')
      : fail(`liên kết ngoài trong ${ext.join(', ')}`, `external relationships in ${ext.join(', ')}`);
  },
  'properties.core': (m) => {
    const missing = ['title', 'subject', 'creator', 'keywords'].filter((k) => !m.core[k]);
    return missing.length === 0
      ? pass(
          `tiêu đề "${m.core.title}", tác giả "${m.core.creator}"`,
          'title, subject, author and keywords set',
        )
      : fail(`thiếu thuộc tính: ${missing.join(', ')}`, `missing properties: ${missing.join(', ')}`);
  },
  'page.size': (m) => {
    if (m.sections.length === 0) return fail('không có thiết lập trang', 'no section properties');
    const tol = mmToTwip(ND30.page.sizeToleranceMm);
    const w = mmToTwip(ND30.page.widthMm);
    const h = mmToTwip(ND30.page.heightMm);
    const bad = m.sections.filter((s, i) => {
      const sw = s.widthTwip ?? 0;
      const sh = s.heightTwip ?? 0;
      const portrait = Math.abs(sw - w) <= tol && Math.abs(sh - h) <= tol;
      const landscape = Math.abs(sw - h) <= tol && Math.abs(sh - w) <= tol;
      return i === 0 ? !portrait : !(portrait || landscape);
    });
    return bad.length === 0
      ? pass(`A4, ${m.sections.length} phần`, `A4, ${m.sections.length} section(s)`)
      : fail(
          `khổ giấy không phải A4 đứng: ${bad.map((s) => `${twipToMm(s.widthTwip ?? 0).toFixed(0)}×${twipToMm(s.heightTwip ?? 0).toFixed(0)} mm`).join(', ')}`,
          'paper is not A4 (portrait for the main text)',
        );
  },
  'page.margins': (m) => {
    if (m.sections.length === 0) return fail('không có thiết lập lề', 'no margins set');
    const r = ND30.page.marginRangesMm;
    const problems: string[] = [];
    m.sections.forEach((s, i) => {
      for (const k of ['top', 'bottom', 'left', 'right'] as const) {
        const v = s.margins[k];
        const mm = v === undefined ? Number.NaN : twipToMm(v);
        if (!inRange(mm, r[k], 0.2))
          problems.push(`phần ${i + 1} ${k} ${Number.isNaN(mm) ? '?' : mm.toFixed(1)} mm`);
      }
    });
    const m0 = m.sections[0]?.margins;
    const summary = m0
      ? `trên ${twipToMm(m0.top ?? 0).toFixed(0)}, dưới ${twipToMm(m0.bottom ?? 0).toFixed(0)}, trái ${twipToMm(m0.left ?? 0).toFixed(0)}, phải ${twipToMm(m0.right ?? 0).toFixed(0)} mm`
      : '';
    return problems.length === 0
      ? pass(`lề ${summary}`, 'margins within the decree ranges')
      : fail(
          `lề ngoài khoảng cho phép: ${problems.join(', ')}`,
          `margins out of range: ${problems.join(', ')}`,
        );
  },
  'font.family': (m) => {
    // Every face that draws a letter counts: Vietnamese text uses the ascii and the hAnsi slot at once.
    const fonts = new Map<string, number>();
    for (const p of allParagraphs(m))
      for (const r of textRuns(p))
        for (const f of r.fonts)
          fonts.set(f.name ?? '(mặc định)', (fonts.get(f.name ?? '(mặc định)') ?? 0) + f.chars);
    const other = [...fonts.keys()].filter((f) => f !== ND30.font.family);
    if (fonts.size === 0) return fail('không có chữ', 'no text');
    return other.length === 0
      ? pass(ND30.font.family, ND30.font.family)
      : fail(`phông khác: ${other.join(', ')}`, `other fonts: ${other.join(', ')}`);
  },
  'font.color': (m) => {
    const bad = new Set<string>();
    for (const p of allParagraphs(m))
      for (const r of textRuns(p))
        if (r.color && !['auto', '000000'].includes(r.color.toLowerCase())) bad.add(r.color);
    return bad.size === 0
      ? pass('màu đen', 'black')
      : fail(`chữ màu: ${[...bad].join(', ')}`, `coloured text: ${[...bad].join(', ')}`);
  },
} satisfies Partial<Record<VerifyRuleId, Check>>;
