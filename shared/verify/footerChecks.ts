import { ND30 } from '../format/nd30.ts';
import { twipToPt } from '../format/units.ts';
import { ACADEMIC, findInCells, headerCells, RECIPIENTS_LABEL, type Check } from './locate.ts';
import {
  allBold,
  allItalic,
  fmtRange,
  inRange,
  isUpper,
  norm,
  SIZE_SLACK_PT,
  sizeOf,
  sizesIn,
  textRuns,
  WORD_DEFAULT_SIZE_PT,
} from './paraFormat.ts';
import { combine, fail, pass, sizeOutcome } from './verifyOutcome.ts';
import type { VerifyRuleId } from './verifyRules.ts';

/** Page numbers, Nơi nhận and the signature block. */
export const FOOTER_CHECKS = {
  'pageNumbers.position': (m) => {
    const s0 = m.sections[0];
    if (!s0) return fail('không có thiết lập trang', 'no section properties');
    const p = s0.headers.default?.find((x) => x.hasPageField);
    if (!p) {
      return m.pages === 1
        ? pass('văn bản một trang, không cần số trang', 'one-page document, no number needed')
        : fail('không có số trang ở lề trên (đầu trang)', 'no page number in the top margin (header)');
    }
    const s = ND30.pageNumber;
    const size = textRuns(p)[0]?.sizePt ?? p.fieldSizePt ?? WORD_DEFAULT_SIZE_PT;
    return combine(
      p.align === 'center'
        ? pass('giữa lề trên', 'centred in the header')
        : fail('số trang không căn giữa', 'page number not centred'),
      inRange(size, s.sizeRange, SIZE_SLACK_PT)
        ? pass(`cỡ ${size}`, `${size} pt`)
        : fail(`cỡ ${size} (cần ${fmtRange(s.sizeRange)})`, `${size} pt (expected ${fmtRange(s.sizeRange)})`),
    );
  },
  'pageNumbers.noneOnFirstPage': (m) => {
    const s0 = m.sections[0];
    if (!s0) return fail('không có thiết lập trang', 'no section properties');
    if (s0.titlePage) {
      return s0.headers.first?.some((p) => p.hasPageField)
        ? fail('trang 1 có số trang', 'page 1 carries a page number')
        : pass('trang đầu khác, không số trang', 'different first page without a number');
    }
    return s0.headers.default?.some((p) => p.hasPageField)
      ? fail(
          'số trang hiện cả ở trang 1 (chưa chọn "trang đầu khác")',
          'the page number also shows on page 1 (no different first page)',
        )
      : pass('không có số trang ở trang 1', 'no page number on page 1');
  },
  'recipients.label': (_m, loc) => {
    const f = findInCells(headerCells(loc.footerTable), (p) => RECIPIENTS_LABEL.test(norm(p.text)));
    if (!f) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const p = f.cell.paragraphs[f.index];
    if (!p) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const s = ND30.footer.recipientsLabel;
    return combine(
      allBold(p) && allItalic(p)
        ? pass('đậm nghiêng', 'bold italic')
        : fail('không đậm nghiêng', 'not bold italic'),
      sizeOutcome(p, s.sizeRange),
    );
  },
  'recipients.list': (_m, loc) => {
    const f = findInCells(headerCells(loc.footerTable), (p) => RECIPIENTS_LABEL.test(norm(p.text)));
    if (!f) return fail('không thấy "Nơi nhận:"', '"Nơi nhận:" not found');
    const list = f.cell.paragraphs.slice(f.index + 1).filter((p) => norm(p.text) !== '');
    if (list.length === 0) return fail('danh sách nơi nhận trống', 'empty recipients list');
    const s = ND30.footer.recipientsList;
    const last = list[list.length - 1];
    const problems: string[] = [];
    list.forEach((p, i) => {
      const t = norm(p.text);
      if (!/^[-–]/u.test(t)) problems.push(`dòng ${i + 1} không bắt đầu bằng "-"`);
      if (i < list.length - 1 && !t.endsWith(s.separator))
        problems.push(`dòng ${i + 1} thiếu "${s.separator}"`);
      if (!sizesIn(p, s.sizeRange)) problems.push(`dòng ${i + 1} cỡ ${sizeOf(p)}`);
    });
    if (!last || !/^[-–]\s*Lưu\s*:/u.test(norm(last.text))) problems.push('dòng cuối không phải "- Lưu: …"');
    return problems.length === 0
      ? pass(
          `${list.length} dòng, cuối: "${norm(last?.text ?? '')}"`,
          `${list.length} lines ending with the Lưu line`,
        )
      : fail(problems.join('; '), `${problems.length} recipients-list problem(s)`);
  },
  'signature.block': (_m, loc) => {
    const row = loc.footerTable?.rows.find((r) =>
      r.some((c) => c.paragraphs.some((p) => RECIPIENTS_LABEL.test(norm(p.text)))),
    );
    const cell = row?.[row.length - 1];
    if (!row || row.length < 2 || !cell)
      return fail('không thấy khối chữ ký cạnh "Nơi nhận"', 'no signature block beside "Nơi nhận"');
    const texts = cell.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => norm(p.text) !== '');
    if (texts.length < 2)
      return fail('khối chữ ký thiếu chức vụ hoặc họ tên', 'signature lacks a title or a name');
    const name = texts[texts.length - 1]!;
    const lines = texts.slice(0, -1);
    const lastLine = lines[lines.length - 1]!;
    const empties = cell.paragraphs.slice(lastLine.i + 1, name.i).length;
    const gapPt = twipToPt(name.p.beforeTwip) + empties * sizeOf(name.p);
    const s = ND30.footer;
    return combine(
      lines.every(({ p }) => isUpper(p.text) && allBold(p))
        ? pass(lines.map(({ p }) => norm(p.text)).join(' / '), 'title lines upper case bold')
        : fail('chức vụ không in hoa đậm', 'title lines not upper case bold'),
      lines.every(({ p }) => sizesIn(p, s.signatureLines.sizeRange))
        ? pass(`cỡ ${sizeOf(lastLine.p)}`, 'size ok')
        : fail(`cỡ chức vụ ngoài ${fmtRange(s.signatureLines.sizeRange)}`, 'title size out of range'),
      gapPt >= s.signatureSpacePt / 2
        ? pass(`khoảng trống ký ${Math.round(gapPt)} pt`, `signature space ${Math.round(gapPt)} pt`)
        : fail(`khoảng trống ký chỉ ${Math.round(gapPt)} pt`, `signature space only ${Math.round(gapPt)} pt`),
      allBold(name.p) && sizesIn(name.p, s.signatureName.sizeRange)
        ? pass(`họ tên "${norm(name.p.text)}" đậm`, 'name bold')
        : fail('họ tên không đậm hoặc sai cỡ', 'name not bold or wrong size'),
      ACADEMIC.test(norm(name.p.text))
        ? fail('họ tên kèm học hàm, học vị', 'name carries an academic title')
        : pass('không học hàm, học vị', 'no academic title'),
    );
  },
} satisfies Partial<Record<VerifyRuleId, Check>>;
