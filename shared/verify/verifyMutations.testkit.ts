import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { VerifyRuleId } from './verifyRules.ts';

/**
 * Mutations of a good PlanDraft export, each breaking one NĐ 30 rule: the verifier's failing
 * examples (shared/checks/ruleExamples.testkit.ts names them). Test support only.
 */
export type PackageEdit = (files: Record<string, Uint8Array>) => void;

export interface VerifyMutation {
  /** The rule the mutated file fails; the only one, unless `alone` is false. */
  rule: VerifyRuleId;
  /** False when breaking this rule necessarily breaks others (no document part: nothing to check). */
  alone?: false;
  edit: PackageEdit;
}

/** Rewrite parts of a docx (a mutation of a good file). */
export function mutate(bytes: Uint8Array, edit: PackageEdit): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

export function editPart(name: string, f: (xml: string) => string): PackageEdit {
  return (files) => {
    const data = files[name];
    if (!data) throw new Error(`no ${name}`);
    files[name] = strToU8(f(strFromU8(data)));
  };
}

/** The same edit of the body style (styles.xml) and of any paragraph formatted directly. */
function editBodyFormat(f: (xml: string) => string): PackageEdit {
  return (files) => {
    editPart('word/styles.xml', f)(files);
    editPart('word/document.xml', f)(files);
  };
}

export const VERIFY_MUTATIONS = {
  'Letter paper': {
    rule: 'page.size',
    edit: editPart('word/document.xml', (x) =>
      x.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
    ),
  },
  'left margin 25 mm': {
    rule: 'page.margins',
    edit: editPart('word/document.xml', (x) => x.replace('w:left="1701"', 'w:left="1417"')),
  },
  'Arial as default font': {
    rule: 'font.family',
    edit: editPart('word/styles.xml', (x) => x.replaceAll('Times New Roman', 'Arial')),
  },
  // Only the letters beyond ASCII (ế, ạ, đ…) are drawn with w:hAnsi: the file is not all Times New Roman.
  'Vietnamese letters in Arial (w:hAnsi)': {
    rule: 'font.family',
    edit: editPart('word/styles.xml', (x) => x.replace('w:hAnsi="Times New Roman"', 'w:hAnsi="Arial"')),
  },
  'blue text': {
    rule: 'font.color',
    edit: editPart('word/styles.xml', (x) =>
      x.replace('<w:color w:val="000000"/>', '<w:color w:val="1F4E79"/>'),
    ),
  },
  'no different first page': {
    rule: 'pageNumbers.noneOnFirstPage',
    edit: editPart('word/document.xml', (x) => x.replace('<w:titlePg/>', '')),
  },
  'Quốc hiệu at 14 pt no longer fits': {
    rule: 'header.quocHieu',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/(<w:sz w:val=")26("\/><w:szCs w:val=")26("\/><\/w:rPr><w:t[^>]*>CỘNG HÒA)/u, '$130$230$3'),
    ),
  },
  'number without its leading zero': {
    rule: 'header.numberSymbol',
    edit: editPart('word/document.xml', (x) => x.replace(/Số:[\u00a0 ]+\/KH-BCĐ/u, 'Số: 5/KH-BCĐ')),
  },
  'space inside the symbol': {
    rule: 'header.numberSymbol',
    edit: editPart('word/document.xml', (x) => x.replace(/\/KH-BCĐ</u, '/KH - BCĐ<')),
  },
  'date line not italic': {
    rule: 'header.placeDate',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:i\/><w:iCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>Lạng Sơn, ngày)/u, '$1'),
    ),
  },
  'month without its leading zero': {
    rule: 'header.placeDate',
    edit: editPart('word/document.xml', (x) => x.replace('tháng 01 năm', 'tháng 1 năm')),
  },
  'Tiêu ngữ line removed': {
    rule: 'header.tieuNgu',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/(Hạnh phúc<\/w:t><\/w:r><\/w:p><w:p><w:pPr>)<w:pBdr>.*?<\/w:pBdr>/u, '$1'),
    ),
  },
  'body left-aligned': {
    rule: 'body.justified',
    edit: editBodyFormat((x) => x.replaceAll('<w:jc w:val="both"/>', '<w:jc w:val="left"/>')),
  },
  'no first-line indent': {
    rule: 'body.firstLineIndent',
    edit: editBodyFormat((x) => x.replaceAll('<w:ind w:firstLine="720"/>', '')),
  },
  'double line spacing': {
    rule: 'body.spacing',
    edit: editBodyFormat((x) => x.replaceAll('w:line="276"', 'w:line="480"')),
  },
  'section heading not bold': {
    rule: 'body.sectionHeadings',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>I\. )/u, '$1'),
    ),
  },
  '"Nơi nhận:" not italic': {
    rule: 'recipients.label',
    edit: editPart('word/document.xml', (x) =>
      x.replace(
        /<w:i\/><w:iCs\/>(<w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t[^>]*>Nơi nhận:)/u,
        '$1',
      ),
    ),
  },
  'Lưu line removed': {
    rule: 'recipients.list',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:p>(?:(?!<w:p>).)*?- Lưu: VT, THNC \(HTMĐ\).*?<\/w:p>/u, ''),
    ),
  },
  'macro part added': {
    rule: 'package.noMacros',
    edit: (f) => {
      f['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    },
  },
  'external relationship added': {
    rule: 'package.noExternalRelationships',
    edit: editPart('word/_rels/document.xml.rels', (x) =>
      x.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.org/" TargetMode="External"/></Relationships>',
      ),
    ),
  },
  'no title property': {
    rule: 'properties.core',
    edit: editPart('docProps/core.xml', (x) => x.replace(/<dc:title>.*?<\/dc:title>/u, '')),
  },
  'no document part': {
    rule: 'package.document',
    alone: false,
    edit: (f) => {
      delete f['word/document.xml'];
    },
  },
  'header table with borders': {
    rule: 'header.table',
    edit: editPart('word/document.xml', (x) =>
      x.replace(
        /<w:tblBorders>.*?<\/w:tblBorders>/u,
        '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>',
      ),
    ),
  },
  'parent body at 14 pt': {
    rule: 'header.parentBody',
    edit: editPart('word/document.xml', (x) =>
      x.replace(
        /<w:sz w:val="26"\/><w:szCs w:val="26"\/>(<\/w:rPr><w:t[^>]*>UBND TỈNH LẠNG SƠN<)/u,
        '<w:sz w:val="28"/><w:szCs w:val="28"/>$1',
      ),
    ),
  },
  'issuing body not bold': {
    rule: 'header.issuingBody',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>BAN CHỈ ĐẠO ĐỀ ÁN<)/u, '$1'),
    ),
  },
  'type name not bold': {
    rule: 'title.typeName',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>KẾ HOẠCH<)/u, '$1'),
    ),
  },
  'summary not bold': {
    rule: 'title.summary',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>Tiếp tục thực hiện Đề án)/u, '$1'),
    ),
  },
  // Body runs take their size from the body style (or the document default): 12 pt set there.
  'body text at 12 pt': {
    rule: 'body.size',
    edit: editPart('word/styles.xml', (x) =>
      x.replace(
        /(<w:style [^>]*w:styleId="PlanBody".*?)(<\/w:style>)/su,
        '$1<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>$2',
      ),
    ),
  },
  // The preamble becomes a legal basis ("Căn cứ …") that is neither italic nor ends with ";" or ".".
  'a legal basis not italic': {
    rule: 'body.legalBases',
    edit: editPart('word/document.xml', (x) =>
      x.replace('>Thực hiện Kế hoạch số 113', '>Căn cứ Kế hoạch số 113'),
    ),
  },
  'page number on the left': {
    rule: 'pageNumbers.position',
    edit: editPart('word/header1.xml', (x) => x.replace('<w:jc w:val="center"/>', '<w:jc w:val="left"/>')),
  },
  'signer’s name not bold': {
    rule: 'signature.block',
    edit: editPart('word/document.xml', (x) =>
      x.replace(/<w:b\/><w:bCs\/>((?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>Dương Xuân Huyền<)/u, '$1'),
    ),
  },
} as const satisfies Record<string, VerifyMutation>;

export type VerifyMutationName = keyof typeof VERIFY_MUTATIONS;
