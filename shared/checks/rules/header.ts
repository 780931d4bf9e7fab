import { daysInMonth, isValidDate } from '../../model/issueDate.ts';
import { fieldArea, fieldKey, type TextAddress } from '../../model/fields/fieldAddress.ts';
import type { TextLocation } from '../../model/walk.ts';
import type { RuleContext, RuleModule } from '../context.ts';
import { at, CLAUSE, type Draft } from '../finding.ts';
import { typeNameSymbol } from './typeNameSymbol.ts';

const lower = (s: string): string => s.toLocaleLowerCase('vi');

function locationOf(ctx: RuleContext, address: TextAddress): { location: TextLocation; text: string } | null {
  // The kind first: keying every text of a 300-task plan cost more than the header rules (issue 13).
  const key = fieldKey(address);
  const t = ctx.scan.texts.find(
    (x) =>
      x.location.address.kind === address.kind &&
      x.location.paragraph === 0 &&
      fieldKey(x.location.address) === key,
  );
  return t ? { location: t.location, text: t.text } : null;
}

const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.\s/;
const AUTHORITY_SLIP = /^(T\/M|K\/T|T\.M|K\.T|T\.L|TM|KT|TL|TUQ)(?:\s*\.)?\s+/;
const ACADEMIC = /(?<![\p{L}])(?:GS|PGS|TS|ThS|KS|BS|CN|Th\.S)\.\s?/u;

/** The plan's own header, Nơi nhận and signature block, per NĐ 30/2020 Phụ lục I. */
export const headerRules: RuleModule = {
  rules: [
    {
      id: 'plan.number-format',
      severity: 'warning',
      title: 'Số, ký hiệu của kế hoạch sai quy cách',
      titleEn: 'Malformed plan number or symbol',
    },
    {
      id: 'plan.symbol-type',
      severity: 'error',
      title: 'Ký hiệu trái với tên loại văn bản (kế hoạch không mang mã KH)',
      titleEn: 'Symbol contradicts the document type name (a plan without KH)',
    },
    {
      id: 'plan.symbol-other-type',
      severity: 'warning',
      title: 'Ký hiệu có thể là của loại văn bản khác',
      titleEn: 'Symbol possibly of another document type',
    },
    {
      id: 'plan.issue-date-impossible',
      severity: 'error',
      title: 'Ngày ban hành không có trong lịch',
      titleEn: 'The issue date does not exist',
    },
    {
      id: 'plan.date-format',
      severity: 'warning',
      title: 'Địa danh, ngày ban hành chưa đúng',
      titleEn: 'Place or issue date not right',
    },
    {
      id: 'plan.archive-line',
      severity: 'warning',
      title: 'Dòng "Lưu" chưa đúng quy cách',
      titleEn: 'The "Lưu" line is malformed',
    },
    {
      id: 'plan.signature-authority',
      severity: 'warning',
      title: 'Quyền hạn ký viết sai',
      titleEn: 'Signing authority prefix malformed',
    },
    {
      id: 'plan.signature-format',
      severity: 'info',
      title: 'Khối chữ ký chưa đúng quy cách',
      titleEn: 'Signature block format',
    },
  ],
  // Reads the header, the Nơi nhận and the signature block only.
  affectedBy: ({ after }) => ['header', 'recipients', 'signature'].includes(fieldArea(after.location.address)),
  run(ctx) {
    const out: Draft[] = [];
    const { plan, year } = ctx;
    const h = plan.header;
    const ns = locationOf(ctx, { kind: 'numberSymbol' });
    if (ns) {
      if (/^[1-9]$/.test(h.number)) {
        out.push({
          rule: 'plan.number-format',
          message: `Số của kế hoạch dưới 10 phải có số 0 ở đầu: "0${h.number}".`,
          messageEn: `A number below 10 takes a leading zero: "0${h.number}".`,
          excerpt: ns.text,
          location: at(ns.location, 0, h.number.length),
          clause: CLAUSE.number,
          fix: {
            location: ns.location,
            range: { start: 0, end: 0 },
            replacement: '0',
            label: 'Thêm số 0',
            labelEn: 'Add the leading zero',
          },
        });
      }
      const symbol = h.symbol;
      const start = h.number.length + 1;
      if (/\s/.test(symbol)) {
        const clean = symbol.replace(/\s+/g, '');
        out.push({
          rule: 'plan.number-format',
          message: `Ký hiệu "${symbol}" có khoảng trắng; viết liền: "${clean}".`,
          messageEn: `The symbol "${symbol}" has spaces; write "${clean}".`,
          excerpt: symbol,
          location: at(ns.location, start, start + symbol.length),
          clause: CLAUSE.number,
          fix: {
            location: ns.location,
            range: { start, end: start + symbol.length },
            replacement: clean,
            label: `Sửa thành ${clean}`,
            labelEn: `Change to ${clean}`,
          },
        });
      }
      const verdict = typeNameSymbol(plan.typeName, symbol);
      const where = at(ns.location, start, start + symbol.length);
      if (verdict.kind === 'contradicts') {
        const { type, code, codeType } = verdict;
        const own = lower(type.name);
        const codes = type.codes.map((c) => `"${c}"`).join(', ');
        out.push({
          rule: 'plan.symbol-type',
          message: codeType
            ? `Ký hiệu "${symbol}" mang mã "${code}" của ${lower(codeType)}, trái với tên loại "${plan.typeName.trim()}": ký hiệu của ${own} bắt đầu bằng ${codes}.`
            : `Ký hiệu của ${own} phải bắt đầu bằng ${codes} (đang là "${symbol}").`,
          messageEn: codeType
            ? `The symbol "${symbol}" carries the code "${code}" of a ${codeType}, against the type name "${plan.typeName.trim()}": the symbol of a ${type.name} starts with ${codes}.`
            : `The symbol of a ${type.name} starts with ${codes} (it is "${symbol}").`,
          excerpt: symbol,
          location: where,
          clause: 'NĐ 30/2020, PL III',
          fix: null,
        });
      } else if (verdict.kind === 'other') {
        const { type, code, codeType } = verdict;
        const codes = type ? type.codes.map((c) => `"${c}"`).join(', ') : '';
        let message: string;
        let messageEn: string;
        if (!type) {
          // No type-name line (a công văn's form) under a symbol that names a type.
          const named = lower(codeType ?? '');
          message = `Văn bản không có dòng tên loại nhưng ký hiệu "${symbol}" là của ${named}; nếu đây là ${named}, thêm dòng tên loại "${(codeType ?? '').toLocaleUpperCase('vi')}".`;
          messageEn = `The document has no type-name line but the symbol "${symbol}" is that of a ${codeType ?? ''}; if it is one, add the type name "${(codeType ?? '').toLocaleUpperCase('vi')}".`;
        } else if ((type.tolerated ?? []).some((c) => c.toUpperCase() === code.toUpperCase())) {
          message = `Ký hiệu "${symbol}" mang mã "${code}", không phải mã thường dùng của ${lower(type.name)} (${codes}); đề nghị kiểm tra lại.`;
          messageEn = `The symbol "${symbol}" carries "${code}", not the usual code of a ${type.name} (${codes}); please check it.`;
        } else {
          message = `Ký hiệu "${symbol}" là của công văn; nếu đây là ${lower(type.name)}, ký hiệu bắt đầu bằng ${codes}.`;
          messageEn = `The symbol "${symbol}" is that of an official letter; if this is a ${type.name}, its symbol starts with ${codes}.`;
        }
        out.push({
          rule: 'plan.symbol-other-type',
          message,
          messageEn,
          excerpt: symbol,
          location: where,
          clause: 'NĐ 30/2020, PL III',
          fix: null,
        });
      }
    }
    const place = locationOf(ctx, { kind: 'header', field: 'issuingBody' });
    const d = h.issueDate;
    if (place && h.place.trim() === '') {
      out.push({
        rule: 'plan.date-format',
        message: 'Chưa ghi địa danh trước ngày ban hành (ví dụ "Lạng Sơn, ngày … tháng … năm …").',
        messageEn: 'The place before the issue date is missing (e.g. "Lạng Sơn, ngày … tháng … năm …").',
        excerpt: '',
        location: at(place.location, 0, 0),
        clause: CLAUSE.date,
        fix: null,
      });
    }
    // The schema keeps a half-typed date such as 31/02 (so the rest of the plan still saves while the
    // drafter corrects it); the checks say it cannot be issued like that.
    if (
      place &&
      d.day !== null &&
      d.month !== null &&
      d.year !== null &&
      !isValidDate(d.year, d.month, d.day)
    ) {
      out.push({
        rule: 'plan.issue-date-impossible',
        message: `Ngày ban hành ${d.day}/${d.month}/${d.year} không có trong lịch: tháng ${d.month} năm ${d.year} chỉ có ${daysInMonth(d.year, d.month)} ngày.`,
        messageEn: `The issue date ${d.day}/${d.month}/${d.year} does not exist: month ${d.month} of ${d.year} has ${daysInMonth(d.year, d.month)} days.`,
        excerpt: `${d.day}/${d.month}/${d.year}`,
        location: at(place.location, 0, 0),
        clause: CLAUSE.date,
        fix: null,
      });
    }
    if (place && d.year !== null && d.year !== year && d.year !== year - 1) {
      out.push({
        rule: 'plan.date-format',
        message: `Năm ban hành ${d.year} không khớp với năm ${year} của kế hoạch.`,
        messageEn: `The issue year ${d.year} does not fit the plan's year ${year}.`,
        excerpt: String(d.year),
        location: at(place.location, 0, 0),
        clause: CLAUSE.date,
        fix: null,
      });
    }
    const archive = locationOf(ctx, { kind: 'archive' });
    if (archive) {
      const text = archive.text.trimEnd();
      // An empty "Lưu" line is a missing part (completeness.ts), not a malformed one.
      if (text.trim() !== '' && !text.endsWith('.')) {
        const end = text.length;
        out.push({
          rule: 'plan.archive-line',
          message: `Dòng "Lưu: ${text}" phải kết thúc bằng dấu chấm.`,
          messageEn: `The line "Lưu: ${text}" must end with a full stop.`,
          excerpt: `Lưu: ${text}`,
          location: at(archive.location, 0, end),
          clause: CLAUSE.recipients,
          fix: {
            location: archive.location,
            range: { start: end, end },
            replacement: '.',
            label: 'Thêm dấu chấm',
            labelEn: 'Add the full stop',
          },
        });
      }
    }
    plan.signature.lines.forEach((line, i) => {
      const where = locationOf(ctx, { kind: 'signatureLine', index: i });
      if (!where) return;
      const slip = AUTHORITY_SLIP.exec(line);
      if (i === 0 && slip && !AUTHORITY.test(line)) {
        const raw = slip[1] ?? '';
        const fixed = `${raw.replace(/[/.]/g, '').toUpperCase()}. `;
        out.push({
          rule: 'plan.signature-authority',
          message: `Quyền hạn ký viết là "${fixed.trim()}" (đang là "${slip[0].trim()}").`,
          messageEn: `The signing authority is written "${fixed.trim()}" (it is "${slip[0].trim()}").`,
          excerpt: line,
          location: at(where.location, 0, slip[0].length),
          clause: CLAUSE.signature,
          fix: {
            location: where.location,
            range: { start: 0, end: slip[0].length },
            replacement: fixed,
            label: `Sửa thành ${fixed.trim()}`,
            labelEn: `Change to ${fixed.trim()}`,
          },
        });
      }
      if (i === 0 && /^KT\./.test(line) && plan.signature.lines.length < 2) {
        out.push({
          rule: 'plan.signature-authority',
          message: '"KT." (ký thay) cần dòng chức vụ của người ký thay ở dòng dưới (ví dụ "PHÓ CHỦ TỊCH").',
          messageEn:
            '"KT." (signing for) needs the signer\'s own title on the next line (e.g. "PHÓ CHỦ TỊCH").',
          excerpt: line,
          location: at(where.location, 0, line.length),
          clause: CLAUSE.signature,
          fix: null,
        });
      }
      // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is right: KT. may follow TM. or TL.
      const first = plan.signature.lines[0] ?? '';
      if (i > 0 && AUTHORITY.test(line) && !(i === 1 && /^(?:TM|TL)\./.test(first) && /^KT\./.test(line))) {
        out.push({
          rule: 'plan.signature-authority',
          message: `Quyền hạn ký ("${line.split(' ')[0]}") đứng ở dòng đầu của khối chữ ký.`,
          messageEn: `The signing authority ("${line.split(' ')[0]}") belongs on the first line of the signature block.`,
          excerpt: line,
          location: at(where.location, 0, line.length),
          clause: CLAUSE.signature,
          fix: null,
        });
      }
      if (line !== line.toUpperCase()) {
        out.push({
          rule: 'plan.signature-format',
          message: `Dòng chức vụ "${line}" viết chữ in hoa.`,
          messageEn: `The title line "${line}" is written in capitals.`,
          excerpt: line,
          location: at(where.location, 0, line.length),
          clause: CLAUSE.signature,
          fix: {
            location: where.location,
            range: { start: 0, end: line.length },
            replacement: line.toUpperCase(),
            label: 'Viết in hoa',
            labelEn: 'Upper case',
          },
        });
      }
    });
    const name = locationOf(ctx, { kind: 'signatureName' });
    const academic = name ? ACADEMIC.exec(name.text) : null;
    if (name && academic) {
      out.push({
        rule: 'plan.signature-format',
        message: `Họ tên người ký không kèm học hàm, học vị ("${academic[0].trim()}").`,
        messageEn: `The signer's name carries no academic title ("${academic[0].trim()}").`,
        excerpt: name.text,
        location: at(name.location, academic.index, academic.index + academic[0].length),
        clause: CLAUSE.signature,
        fix: {
          location: name.location,
          range: { start: academic.index, end: academic.index + academic[0].length },
          replacement: '',
          label: 'Bỏ học hàm, học vị',
          labelEn: 'Remove the title',
        },
      });
    }
    return out;
  },
};
