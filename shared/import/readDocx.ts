import { AppError } from '../contract/appError.ts';
import { readPackage } from '../ooxml/readPackage.ts';
import { childElements, descendants, firstChild, type XmlElement } from '../ooxml/parseXml.ts';
import { faceOfLetters, readThemeFonts } from '../ooxml/fonts.ts';
import type { RunProperties } from '../ooxml/runProperties.ts';
import {
  paragraphStyleId,
  readStyleSheet,
  resolveParagraph,
  resolveRun,
  type StyleSheet,
} from '../ooxml/styleSheet.ts';
import { DocxNumbering } from './docxNumbering.ts';
import {
  checkExternalRelationships,
  mainDocumentPart,
  refuseNonDocx,
  themePartOf,
  xmlPart,
} from './docxParts.ts';
import { attr, childOf, markLandscape, sectionLandscape } from './docxSections.ts';
import { footnoteNotes, footnoteWarnings, readFootnotes, withFootnotes } from './docxFootnotes.ts';
import { decodeLegacy, legacyEncodingOfFont } from './legacyEncoding.ts';
import {
  MAX_PARAGRAPH_CHARS,
  paragraphTooLong,
  type SourceBlock,
  type SourceDocument,
  type SourceParagraph,
  type SourceRun,
} from './sourceModel.ts';

interface ReadContext {
  styles: StyleSheet;
  numbering: DocxNumbering;
  blocks: SourceBlock[];
  nextId: number;
  /** A page or section break was seen since the last non-empty paragraph. */
  pendingBreak: boolean;
  warnings: SourceDocument['warnings'];
  /** Ends of the sections before the last (block index after the paragraph holding its w:sectPr). */
  sections: Array<{ end: number; landscape: boolean }>;
  /** Inside how many table cells the reader is (0: the body). */
  cellDepth: number;
  /** Footnote texts by their w:id; each is numbered when the body first refers to it. */
  footnotes: Map<string, string>;
  footnoteNumbers: Map<string, number>;
}

interface Piece {
  text: string;
  props: RunProperties;
}

/** Text pieces of one paragraph, in order, plus what the paragraph holds besides text. */
interface ParagraphContent {
  pieces: Piece[];
  textboxes: XmlElement[];
  pageBreakAtStart: boolean;
  hidden: string[];
  /** w:id of the footnotes this paragraph refers to, in order. */
  footnotes: string[];
}

function runText(r: XmlElement, props: RunProperties, out: ParagraphContent): void {
  const push = (text: string): void => {
    out.pieces.push({ text, props });
  };
  for (const c of childElements(r)) {
    switch (c.name) {
      case 'w:t':
        push(c.children.filter((x): x is string => typeof x === 'string').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        push(' ');
        break;
      case 'w:noBreakHyphen':
        push('-');
        break;
      case 'w:cr':
        push('\n');
        break;
      case 'w:br': {
        const type = c.attrs['w:type'];
        const empty = out.pieces.every((p) => p.text.trim() === '');
        // A page break before any text moves the whole paragraph to the next page; one inside the
        // text splits a sentence across pages and reads like a line break (joined later if the
        // sentence goes on).
        if ((type === 'page' || type === 'column') && empty) out.pageBreakAtStart = true;
        else push('\n');
        break;
      }
      case 'w:footnoteReference': {
        const id = c.attrs['w:id'];
        if (id !== undefined) out.footnotes.push(id);
        break;
      }
      case 'w:lastRenderedPageBreak':
        if (out.pieces.every((p) => p.text.trim() === '')) out.pageBreakAtStart = true;
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        out.textboxes.push(...descendants(c, 'w:txbxContent'));
        break;
      case 'mc:AlternateContent': {
        // Choice and Fallback hold the same text box twice: read the first choice only.
        const choice = firstChild(c, 'mc:Choice') ?? firstChild(c, 'mc:Fallback');
        if (choice) out.textboxes.push(...descendants(choice, 'w:txbxContent'));
        break;
      }
      default:
        break;
    }
  }
}

/** `paraStyle`: the paragraph's style id, whose run properties its runs inherit. */
function collectParagraph(
  el: XmlElement,
  ctx: ReadContext,
  paraStyle: string | undefined,
  out: ParagraphContent,
): void {
  for (const c of childElements(el)) {
    switch (c.name) {
      case 'w:r': {
        const props = resolveRun(ctx.styles, paraStyle, firstChild(c, 'w:rPr'));
        if (props.vanish) {
          const tmp: ParagraphContent = {
            pieces: [],
            textboxes: [],
            pageBreakAtStart: false,
            hidden: [],
            footnotes: [],
          };
          runText(c, props, tmp);
          const t = tmp.pieces.map((p) => p.text).join('');
          if (t.trim()) out.hidden.push(t);
          break;
        }
        runText(c, props, out);
        break;
      }
      case 'w:hyperlink':
      case 'w:smartTag':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:fldSimple':
      case 'w:customXml':
      case 'w:bdo':
      case 'w:dir':
        collectParagraph(c, ctx, paraStyle, out);
        break;
      case 'w:sdt': {
        const content = firstChild(c, 'w:sdtContent');
        if (content) collectParagraph(content, ctx, paraStyle, out);
        break;
      }
      case 'm:oMathPara':
      case 'm:oMath':
        out.pieces.push({
          text: descendants(c, 'm:t')
            .map((t) => t.children.join(''))
            .join(''),
          props: resolveRun(ctx.styles, paraStyle, undefined),
        });
        break;
      // w:del / w:moveFrom hold deleted text (tracked changes): not part of the document as read.
      default:
        break;
    }
  }
}

function piecesToRuns(pieces: Piece[], styles: StyleSheet): SourceRun[] {
  const runs: SourceRun[] = [];
  for (const p of pieces) {
    let text = p.text;
    // Legacy encodings keep their Vietnamese letters above 0x7F: the face of those bytes decides.
    const legacy = legacyEncodingOfFont(faceOfLetters(text, p.props.fonts, styles.theme, p.props.complex));
    if (legacy) text = decodeLegacy(text, legacy.encoding, legacy.upper);
    else text = text.replace(/\u00ad/g, '');
    if (p.props.caps) text = text.toLocaleUpperCase('vi');
    text = text.normalize('NFC').replace(/[\t\u00a0\u2007\u202f]/g, ' ');
    if (!text) continue;
    const run: SourceRun = { text };
    if (p.props.bold) run.bold = true;
    if (p.props.italic) run.italic = true;
    if (p.props.underline) run.underline = true;
    const last = runs[runs.length - 1];
    if (
      last &&
      !!last.bold === !!run.bold &&
      !!last.italic === !!run.italic &&
      !!last.underline === !!run.underline
    ) {
      last.text += run.text;
    } else runs.push(run);
  }
  return runs;
}

function readParagraph(p: XmlElement, ctx: ReadContext, sink: SourceParagraph[]): void {
  const pPr = firstChild(p, 'w:pPr');
  const para = resolveParagraph(ctx.styles, pPr);
  const content: ParagraphContent = {
    pieces: [],
    textboxes: [],
    pageBreakAtStart: false,
    hidden: [],
    footnotes: [],
  };
  collectParagraph(p, ctx, paragraphStyleId(ctx.styles, pPr), content);
  for (const h of content.hidden) {
    ctx.warnings.push({ text: h, reason: 'Chữ ẩn (hidden) không được nhập / hidden text not imported' });
  }
  const total = content.pieces.reduce((n, x) => n + x.text.length, 0);
  if (total > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(total);
  const runs = withFootnotes(
    piecesToRuns(content.pieces, ctx.styles),
    footnoteNotes(content.footnotes, ctx.footnotes, ctx.footnoteNumbers),
  );
  const text = runs.map((r) => r.text).join('');
  const breakHere = content.pageBreakAtStart || para.pageBreakBefore === true;
  let numberLabel: string | null = null;
  let bullet = false;
  // In a table cell an empty numbered paragraph is the STT column Word counts (1, 2, 3 …): keep its
  // number; elsewhere an empty paragraph is nothing, numbered or not.
  const numberedCell = ctx.cellDepth > 0 && text.trim() === '';
  if (para.numId !== undefined && (text.trim() !== '' || numberedCell)) {
    const n = ctx.numbering.next(para.numId, para.ilvl ?? 0);
    if (n) {
      numberLabel = n.bullet ? null : n.label || null;
      bullet = n.bullet;
    }
  }
  if (numberedCell && numberLabel) {
    // The number is the cell's whole content: read it as its text ("1"), as it prints.
    runs.splice(0, runs.length, { text: numberLabel });
    numberLabel = null;
  }
  if (runs.every((r) => r.text.trim() === '')) {
    if (breakHere) ctx.pendingBreak = true;
  } else {
    sink.push({
      kind: 'paragraph',
      id: ctx.nextId++,
      runs,
      numberLabel,
      bullet,
      breakBefore: breakHere || ctx.pendingBreak,
      align: para.align ?? null,
    });
    ctx.pendingBreak = false;
  }
  // A section break ends with this paragraph: what follows starts a new section (usually a page).
  if (pPr && firstChild(pPr, 'w:sectPr')) ctx.pendingBreak = true;
  for (const box of content.textboxes) readBlockContainer(box, ctx, sink, null);
}

function readTable(tbl: XmlElement, ctx: ReadContext): SourceBlock {
  const rows: SourceParagraph[][][] = [];
  const spans: number[][] = [];
  let spanned = false;
  for (const tr of childElements(tbl, 'w:tr')) {
    const cells: SourceParagraph[][] = [];
    const rowSpans: number[] = [];
    for (const tc of childElements(tr, 'w:tc')) {
      const paras: SourceParagraph[] = [];
      ctx.cellDepth += 1;
      readBlockContainer(tc, ctx, paras, null);
      ctx.cellDepth -= 1;
      cells.push(paras);
      // gridSpan: a cell merged across columns; a task table maps its cells to columns by it.
      const span = Number.parseInt(attr(childOf(childOf(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? '1', 10);
      const n = Number.isFinite(span) ? Math.max(1, Math.min(span, 64)) : 1;
      if (n > 1) spanned = true;
      rowSpans.push(n);
    }
    rows.push(cells);
    spans.push(rowSpans);
  }
  return { kind: 'table', rows, ...(spanned ? { spans } : {}) };
}

/**
 * Read body-level content. With `blocks` given, tables stay tables; inside a table cell (blocks null)
 * nested tables are flattened into the cell's paragraphs.
 */
function readBlockContainer(
  el: XmlElement,
  ctx: ReadContext,
  sink: SourceParagraph[],
  blocks: SourceBlock[] | null,
): void {
  for (const c of childElements(el)) {
    switch (c.name) {
      case 'w:p':
        if (blocks) {
          const tmp: SourceParagraph[] = [];
          readParagraph(c, ctx, tmp);
          blocks.push(...tmp);
          const sectPr = childOf(childOf(c, 'w:pPr'), 'w:sectPr');
          if (sectPr && blocks === ctx.blocks)
            ctx.sections.push({ end: blocks.length, landscape: sectionLandscape(sectPr) });
        } else readParagraph(c, ctx, sink);
        break;
      case 'w:tbl':
        if (blocks) blocks.push(readTable(c, ctx));
        else {
          for (const tr of childElements(c, 'w:tr'))
            for (const tc of childElements(tr, 'w:tc')) readBlockContainer(tc, ctx, sink, null);
        }
        break;
      case 'w:sdt': {
        const content = firstChild(c, 'w:sdtContent');
        if (content) readBlockContainer(content, ctx, sink, blocks);
        break;
      }
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
        readBlockContainer(c, ctx, sink, blocks);
        break;
      default:
        break;
    }
  }
}

/** Read a .docx into source blocks. Throws AppError (Vietnamese + English) on anything unusable. */
export function readDocx(bytes: Uint8Array): SourceDocument {
  refuseNonDocx(bytes);
  const wantedFirst = (name: string): boolean => name === '_rels/.rels';
  const first = readPackage(bytes, wantedFirst);
  const mainPart = mainDocumentPart(first);
  const wanted = (name: string): boolean =>
    name === mainPart ||
    name.endsWith('.rels') ||
    name === 'word/styles.xml' ||
    name === 'word/numbering.xml' ||
    name === 'word/footnotes.xml' ||
    /(?:^|\/)theme\/theme\d*\.xml$/.test(name);
  const pkg = readPackage(bytes, wanted);
  if (!pkg.has(mainPart)) {
    throw new AppError(
      'docx_no_document',
      'Tệp zip này không chứa nội dung Word (thiếu word/document.xml); không phải tệp .docx.',
      'This zip holds no Word content (word/document.xml is missing); it is not a .docx file.',
    );
  }
  const warnings: SourceDocument['warnings'] = [];
  checkExternalRelationships(pkg, warnings);
  const doc = xmlPart(pkg, mainPart);
  const body = doc && firstChild(doc, 'w:body');
  if (!body) {
    throw new AppError(
      'docx_no_body',
      'Nội dung Word không có phần thân văn bản (w:body).',
      'The Word content has no document body (w:body).',
    );
  }
  const themeName = themePartOf(pkg, mainPart);
  const themePart = themeName && pkg.has(themeName) ? xmlPart(pkg, themeName) : null;
  const ctx: ReadContext = {
    styles: readStyleSheet(xmlPart(pkg, 'word/styles.xml'), readThemeFonts(themePart)),
    numbering: new DocxNumbering(xmlPart(pkg, 'word/numbering.xml')),
    blocks: [],
    nextId: 0,
    pendingBreak: false,
    warnings,
    sections: [],
    cellDepth: 0,
    footnotes: new Map(),
    footnoteNumbers: new Map(),
  };
  // Its own counter and break state: footnote paragraphs are not source paragraphs of the body.
  ctx.footnotes = readFootnotes(xmlPart(pkg, 'word/footnotes.xml'), (note) => {
    const paras: SourceParagraph[] = [];
    readBlockContainer(note, { ...ctx, nextId: 0, pendingBreak: false }, paras, null);
    return paras;
  });
  readBlockContainer(body, ctx, [], ctx.blocks);
  markLandscape(ctx.blocks, ctx.sections, sectionLandscape(childOf(body, 'w:sectPr')));
  warnings.push(...footnoteWarnings(ctx.footnotes, ctx.footnoteNumbers));
  return { blocks: ctx.blocks, paragraphCount: ctx.nextId, warnings, plainText: false };
}
