import { ND30 } from '../format/nd30.ts';
import { cmToTwip, twipToPt } from '../format/units.ts';
import type { ParaInfo } from './docxModel.ts';
import { bodyParagraphs, summaryRange, type Check } from './locate.ts';
import {
  allBold,
  allItalic,
  fmtRange,
  inRange,
  isUpper,
  lineUnder,
  norm,
  SIZE_SLACK_PT,
  sizeOf,
  sizesIn,
  textRuns,
  WORD_DEFAULT_SIZE_PT,
  widthOf,
} from './paraFormat.ts';
import {
  boldOutcome,
  combine,
  fail,
  lineRatioOutcome,
  pass,
  sizeOutcome,
  type Outcome,
} from './verifyOutcome.ts';
import type { VerifyRuleId } from './verifyRules.ts';

/** Share of body paragraphs that must follow a body rule (headings and quotes may differ). */
const BODY_SHARE = 0.85;

function shareRule(paras: ParaInfo[], pred: (p: ParaInfo) => boolean, what: [string, string]): Outcome {
  if (paras.length === 0) return fail('không có nội dung', 'no body text');
  const good = paras.filter(pred).length;
  const share = good / paras.length;
  const pct = Math.round(share * 100);
  return share >= BODY_SHARE
    ? pass(`${good}/${paras.length} đoạn ${what[0]}`, `${good}/${paras.length} paragraphs ${what[1]}`)
    : fail(
        `chỉ ${good}/${paras.length} đoạn (${pct}%) ${what[0]}`,
        `only ${good}/${paras.length} paragraphs (${pct}%) ${what[1]}`,
      );
}

/** The title block (type name, trích yếu) and the body paragraphs. */
export const BODY_CHECKS = {
  'title.typeName': (_m, loc) => {
    const p = loc.main.find((x) => norm(x.text) !== '');
    if (!p) return fail('không thấy tên loại văn bản', 'no type name');
    const s = ND30.title.typeName;
    return combine(
      isUpper(p.text)
        ? pass(`"${norm(p.text)}"`, `"${norm(p.text)}"`)
        : fail(`"${norm(p.text)}" không in hoa`, 'not upper case'),
      boldOutcome(p),
      p.align === 'center' ? pass('giữa', 'centred') : fail('không căn giữa', 'not centred'),
      sizeOutcome(p, s.sizeRange),
    );
  },
  'title.summary': (_m, loc) => {
    const ti = summaryRange(loc);
    if (!ti) return fail('không thấy trích yếu', 'no summary');
    const paras = loc.main.slice(ti.start, ti.end + 1);
    const s = ND30.title.summary;
    const textLen = Math.max(...paras.map((p) => Math.min(widthOf(p), loc.pageTextPt)));
    return combine(
      paras.every(allBold) ? pass('đậm', 'bold') : fail('không in đậm', 'not bold'),
      paras.every((p) => p.align === 'center')
        ? pass('giữa', 'centred')
        : fail('không căn giữa', 'not centred'),
      paras.every((p) => sizesIn(p, s.sizeRange))
        ? pass(`cỡ ${sizeOf(paras[0] ?? loc.main[0]!)}`, 'size ok')
        : fail(`cỡ chữ ngoài ${fmtRange(s.sizeRange)}`, `size outside ${fmtRange(s.sizeRange)}`),
      lineRatioOutcome(
        ['trích yếu', 'summary'],
        lineUnder(loc.main, ti.end, loc.pageTextPt),
        textLen,
        ND30.title.summaryRule.range,
      ),
    );
  },
  'body.size': (_m, loc) => {
    const paras = bodyParagraphs(loc);
    let good = 0;
    let all = 0;
    for (const p of paras)
      for (const r of textRuns(p)) {
        all += r.text.length;
        if (inRange(r.sizePt ?? WORD_DEFAULT_SIZE_PT, ND30.body.sizeRange, SIZE_SLACK_PT))
          good += r.text.length;
      }
    if (all === 0) return fail('không có nội dung', 'no body text');
    const share = good / all;
    return share >= 0.95
      ? pass(
          `${Math.round(share * 100)}% chữ cỡ ${fmtRange(ND30.body.sizeRange)}`,
          `${Math.round(share * 100)}% of text at ${fmtRange(ND30.body.sizeRange)} pt`,
        )
      : fail(
          `chỉ ${Math.round(share * 100)}% chữ cỡ ${fmtRange(ND30.body.sizeRange)}`,
          `only ${Math.round(share * 100)}% of text at ${fmtRange(ND30.body.sizeRange)} pt`,
        );
  },
  'body.justified': (_m, loc) =>
    shareRule(
      bodyParagraphs(loc),
      // The reader folds distribute, the kashida variants and thaiDistribute into 'both'.
      (p) => p.align === 'both',
      ['căn đều', 'justified'],
    ),
  'body.firstLineIndent': (_m, loc) => {
    const r = ND30.body.firstLineRangeCm;
    const lo = cmToTwip(r.min) - 30;
    const hi = cmToTwip(r.max) + 30;
    return shareRule(bodyParagraphs(loc), (p) => p.firstLineTwip >= lo && p.firstLineTwip <= hi, [
      `lùi đầu dòng ${r.min}–${r.max} cm`,
      `first-line indent ${r.min}–${r.max} cm`,
    ]);
  },
  'body.spacing': (_m, loc) => {
    const minGap = ND30.body.minAfterPt * 20;
    const { min, max } = ND30.body.lineSpacingRange;
    const lineOk = (p: ParaInfo): boolean => {
      if (p.line === undefined) return true;
      if (!p.lineRule || p.lineRule === 'auto') return p.line >= min * 240 - 1 && p.line <= max * 240 + 1;
      const pt = twipToPt(p.line);
      const size = sizeOf(p);
      return pt >= size * min && pt <= size * max * 1.2;
    };
    return shareRule(bodyParagraphs(loc), (p) => p.beforeTwip + p.afterTwip >= minGap - 1 && lineOk(p), [
      `cách đoạn ≥ ${ND30.body.minAfterPt} pt, dòng ${min}–${max}`,
      `≥ ${ND30.body.minAfterPt} pt between paragraphs, ${min}–${max} line spacing`,
    ]);
  },
  'body.legalBases': (_m, loc) => {
    // Not \b after "cứ": JavaScript's \b only knows ASCII letters, so "Căn cứ\b" never matched.
    const bases = bodyParagraphs(loc).filter((p) => /^Căn cứ(?=\s|$)/u.test(norm(p.text)));
    if (bases.length === 0) return pass('không có căn cứ', 'no legal bases');
    const problems: string[] = [];
    bases.forEach((p, i) => {
      const t = norm(p.text);
      const want = i === bases.length - 1 ? ND30.legalBasis.terminator : ND30.legalBasis.separator;
      if (!allItalic(p)) problems.push(`căn cứ ${i + 1} không nghiêng`);
      if (!t.endsWith(want) && !(i === bases.length - 1 && t.endsWith(',')))
        problems.push(`căn cứ ${i + 1} không kết thúc bằng "${want}"`);
    });
    return problems.length === 0
      ? pass(`${bases.length} căn cứ đúng thể thức`, `${bases.length} legal bases well formed`)
      : fail(problems.join('; '), `${problems.length} legal-basis problem(s)`);
  },
  'body.sectionHeadings': (_m, loc) => {
    const heads = bodyParagraphs(loc).filter((p) => /^[IVXL]+\.\s+\S/u.test(norm(p.text)));
    if (heads.length === 0) return fail('không thấy tiêu đề mục I, II…', 'no section headings I, II…');
    const bad = heads.filter((p) => !isUpper(p.text) || !allBold(p));
    return bad.length === 0
      ? pass(`${heads.length} mục in hoa, đậm`, `${heads.length} headings upper case bold`)
      : fail(
          `mục không in hoa đậm: ${bad.map((p) => `"${norm(p.text).slice(0, 30)}"`).join(', ')}`,
          `${bad.length} heading(s) not upper case bold`,
        );
  },
} satisfies Partial<Record<VerifyRuleId, Check>>;
