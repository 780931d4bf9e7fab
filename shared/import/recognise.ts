import { AppError } from '../contract/appError.ts';
import type { IssueDate } from '../model/issueDate.ts';
import { isValidDate } from '../model/issueDate.ts';
import {
  PLAN_SCHEMA_VERSION,
  planSchema,
  type Appendix,
  type Item,
  type Plan,
  type Section,
  type SectionRole,
  type TaskFields,
  type TextBlock,
} from '../model/plan.ts';
import type { Paragraph, Run } from '../model/richText.ts';
import { planTasks } from '../model/walk.ts';
import { BULLET_PREFIX, columnRole, matchField, type FieldKey } from './fieldLabels.ts';
import type { ImportNote, ImportOptions, ImportReport } from './importReport.ts';
import { endsSentence, paragraphsToLines, runsText, type Line } from './logicalLines.ts';
import type { SourceDocument, SourceParagraph, SourceTable } from './sourceModel.ts';

// ── Patterns of an NĐ 30 plan ────────────────────────────────────────────────────────────────────
const QUOC_HIEU = /^CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\.?$/iu;
const TIEU_NGU = /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc\.?$/iu;
const DECORATION = /^[-_–—=.*~·•+\s]{2,}$/u;
const NUMBER_SYMBOL = /^Số\s*:?\s*([\d\s.]*?)\s*\/\s*(\S.*)$/iu;
const PLACE_DATE = /^([^,]{2,80}),\s*ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(\d{4})?\s*\.?$/iu;
const TYPE_NAMES = [
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH',
  'ĐỀ ÁN',
  'PHƯƠNG ÁN',
  'KẾ HOẠCH LIÊN TỊCH',
  'BÁO CÁO',
  'HƯỚNG DẪN',
  'THÔNG BÁO',
];
const SECTION_HEADING = /^([IVXL]{1,6})\s*[.:/)–-]\s*(\S.*)$/u;
const SECTION_WORDS =
  /^(MỤC ĐÍCH|NỘI DUNG|NHIỆM VỤ|CÁC NHIỆM VỤ|KINH PHÍ|TỔ CHỨC THỰC HIỆN|GIẢI PHÁP|CHỈ TIÊU|QUAN ĐIỂM|PHẠM VI|ĐỐI TƯỢNG|YÊU CẦU|THỜI GIAN)/u;
const ITEM3_NUM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.?\s+(\S.*)$/u;
const ITEM2 = /^(\d{1,3})\.(\d{1,3})\s*[.)]?\s+(\S.*)$/u;
// Up to three digits: large plans number tasks past 99 (a year, four digits, is never an item).
const ITEM1 = /^(\d{1,3})\s*[.)]\s+(\S.*)$/u;
const POINT = /^([a-zđ])\s*[.)]\s+(\S.*)$/u;
const RECIPIENTS = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
const ARCHIVE = /^[-–—+•]?\s*Lưu\s*(?::\s*|\s+(?=VT\b))(.*)$/u;
const CLOSING = /(\.\/\.|\/\.)\s*$/u;
const CLOSING_START = /^Trong\s+quá\s+trình\s+(triển\s+khai|tổ\s+chức|thực\s+hiện)/iu;
const LEGAL_BASIS = /^Căn\s+cứ(?!\p{L})/iu;
const APPENDIX = /^PHỤ\s+LỤC\b/u;
const SIGNATURE_NOTE = /^\(.*(ký|dấu|chữ\s+ký).*\)$/iu;
const DRAFT_MARK = /^(DỰ\s+THẢO|BẢN\s+DỰ\s+THẢO)\b/iu;

const TITLE_MAX = 4000;
const LINE_MAX = 2000;

function letters(text: string): string[] {
  return Array.from(text).filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
}

/** Upper-case as headings, bodies and signature titles are typed ("TM. ỦY BAN NHÂN DÂN"). */
export function isUpperLine(text: string): boolean {
  const l = letters(text);
  if (l.length < 2) return false;
  const upper = l.filter((ch) => ch === ch.toUpperCase()).length;
  return upper / l.length >= 0.9;
}

function sectionRole(title: string): SectionRole {
  const t = title.toLocaleUpperCase('vi');
  if (/MỤC ĐÍCH|YÊU CẦU|QUAN ĐIỂM/u.test(t)) return 'purpose';
  if (/KINH PHÍ/u.test(t)) return 'funding';
  if (/TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM/u.test(t)) return 'implementation';
  if (/NỘI DUNG|NHIỆM VỤ|GIẢI PHÁP|HOẠT ĐỘNG/u.test(t)) return 'content';
  return 'other';
}

/** Remove the first `count` characters of a line's runs (a typed number, a label), and the spaces after. */
function dropPrefix(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let rest = count;
  for (const r of runs) {
    if (rest >= r.text.length) {
      rest -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(rest) });
    rest = 0;
  }
  const first = out[0];
  if (first) {
    first.text = first.text.trimStart();
    if (!first.text) out.shift();
  }
  return out;
}

/** Runs of the text after a typed or automatic marker: `rest` is a suffix of the line's full text. */
function runsOfSuffix(line: Line, rest: string): Run[] {
  const typed = runsText(line.runs);
  const idx = typed.length - rest.length;
  if (idx < 0 || typed.slice(idx) !== rest) return [{ text: rest }];
  return dropPrefix(line.runs, idx);
}

function plainRuns(runs: Run[]): Run[] {
  return runs.map((r) => ({ ...r }));
}

function parseIntOrNull(s: string | undefined): number | null {
  if (!s) return null;
  const t = s.replace(/\D/g, '');
  return t ? Number.parseInt(t, 10) : null;
}

interface Ctx {
  plan: Plan;
  placed: Set<number>;
  unplacedIds: Set<number>;
  unplaced: ImportNote[];
  warnings: ImportNote[];
  nextId: number;
}

function newId(ctx: Ctx, prefix: string): string {
  ctx.nextId += 1;
  return `${prefix}${ctx.nextId}`;
}

function place(ctx: Ctx, line: Line): void {
  for (const s of line.sources) ctx.placed.add(s);
}

function keepUnplaced(ctx: Ctx, line: Line, reason: string): void {
  for (const s of line.sources) ctx.unplacedIds.add(s);
  ctx.unplaced.push({ text: line.full, reason });
}

/**
 * Right under "KẾ HOẠCH", a line opening with "Thực hiện …" is the trích yếu, not the preamble, when
 * Word shows it as one (bold, centred) or when it reads as a title: short, and not ending the way a
 * preamble or a sentence does ("… như sau:", ".") or a list item does (";" ",").
 */
function looksLikeSummary(line: Line, text: string): boolean {
  if (line.bold && line.align === 'center') return true;
  return text.length <= 300 && !/[:;,.]\s*$/u.test(text);
}

type State = 'header' | 'summary' | 'preamble' | 'body' | 'recipients' | 'signature' | 'after';

type Entry = { kind: 'line'; line: Line } | { kind: 'table'; table: SourceTable; cells: Line[][][] };

function toEntries(doc: SourceDocument): Entry[] {
  const entries: Entry[] = [];
  let segment: SourceParagraph[] = [];
  const flush = (): void => {
    for (const line of paragraphsToLines(segment, doc.plainText)) entries.push({ kind: 'line', line });
    segment = [];
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') segment.push(b);
    else {
      flush();
      const cells = b.rows.map((row) => row.map((cell) => paragraphsToLines(cell, false)));
      entries.push({ kind: 'table', table: b, cells });
    }
  }
  flush();
  return entries;
}

class Recogniser {
  state: State = 'header';
  headerUpper: Line[] = [];
  headerOther: Line[] = [];
  summaryBold = false;
  summaryLines = 0;
  section: Section | null = null;
  /** Open items by depth (index 0 = depth 1). */
  stack: Item[] = [];
  textBlock: TextBlock | null = null;
  closed = false;
  appendix: Appendix | null = null;
  /** Field set last on the current item: a continuation line may extend it. */
  lastField: { item: Item; key: FieldKey } | null = null;
  trailing: Line[] = [];
  /** Items opened by a letter (a, b, …), so the next letter becomes their sibling. */
  points = new Set<string>();

  constructor(readonly ctx: Ctx) {}

  get plan(): Plan {
    return this.ctx.plan;
  }

  feed(entry: Entry): void {
    if (entry.kind === 'line') {
      this.line(entry.line);
      return;
    }
    if ((this.state === 'body' || this.state === 'preamble') && this.taskTable(entry)) return;
    if (this.state === 'after' && this.appendix && this.appendixTable(entry)) return;
    for (const row of entry.cells) for (const cell of row) for (const line of cell) this.line(line);
  }

  line(line: Line): void {
    const text = line.full.trim();
    switch (this.state) {
      case 'header':
        return this.header(line, text);
      case 'summary':
        return this.summary(line, text);
      case 'preamble':
        return this.preamble(line, text);
      case 'body':
        return this.body(line, text);
      case 'recipients':
        return this.recipients(line, text);
      case 'signature':
        return this.signature(line, text);
      case 'after':
        return this.after(line, text);
    }
  }

  // ── header zone: bodies, number, place and date, Quốc hiệu, until the type name ───────────────
  header(line: Line, text: string): void {
    const h = this.plan.header;
    if (QUOC_HIEU.test(text) || TIEU_NGU.test(text) || DECORATION.test(text)) return place(this.ctx, line);
    if (TYPE_NAMES.includes(text.toLocaleUpperCase('vi').replace(/\s+/gu, ' '))) {
      this.plan.typeName = text.toLocaleUpperCase('vi').replace(/\s+/gu, ' ');
      if (text !== 'KẾ HOẠCH') {
        this.ctx.warnings.push({
          text,
          reason:
            'Văn bản không phải là kế hoạch; vẫn nhập theo cấu trúc kế hoạch / not a plan; imported as one',
        });
      }
      place(this.ctx, line);
      this.state = 'summary';
      return;
    }
    const ns = NUMBER_SYMBOL.exec(text);
    if (ns && h.symbol === '') {
      const digits = (ns[1] ?? '').replace(/\D/g, '');
      // Kept as written ("02"): the export pads anyway, and the checks must see a missing zero.
      h.number = digits.slice(0, 16);
      h.symbol = (ns[2] ?? '').replace(/\s+/g, '').slice(0, 64);
      return place(this.ctx, line);
    }
    const pd = PLACE_DATE.exec(text);
    if (pd && h.place === '') {
      h.place = (pd[1] ?? '').trim();
      const day = parseIntOrNull(pd[2]);
      const month = parseIntOrNull(pd[3]);
      const year = parseIntOrNull(pd[4]);
      const date: IssueDate = {
        day: day !== null && day >= 1 && day <= 31 ? day : null,
        month: month !== null && month >= 1 && month <= 12 ? month : null,
        year: year !== null && year >= 1945 && year <= 2200 ? year : null,
      };
      if (
        date.day !== null &&
        date.month !== null &&
        date.year !== null &&
        !isValidDate(date.year, date.month, date.day)
      ) {
        this.ctx.warnings.push({
          text,
          reason: 'Ngày ban hành không tồn tại, đã bỏ ngày / impossible issue date, day dropped',
        });
        date.day = null;
      }
      h.issueDate = date;
      return place(this.ctx, line);
    }
    if (DRAFT_MARK.test(text)) {
      return keepUnplaced(
        this.ctx,
        line,
        'Dấu "dự thảo" không thuộc nội dung kế hoạch / draft mark is not plan content',
      );
    }
    if (SECTION_HEADING.test(text) && isUpperLine(text)) {
      this.state = 'body';
      return this.body(line, text);
    }
    if (LEGAL_BASIS.test(text) || /^(Thực hiện|Triển khai)(?!\p{L})/u.test(text)) {
      this.state = 'preamble';
      return this.preamble(line, text);
    }
    if (isUpperLine(text) && text.length <= 200) {
      this.headerUpper.push(line);
      return;
    }
    this.headerOther.push(line);
  }

  /** Upper-case lines before the type name: parent body, then issuing body. */
  finishHeader(): void {
    const h = this.plan.header;
    const ups = this.headerUpper;
    if (ups.length === 1) {
      h.issuingBody = ups[0]?.full.trim() ?? '';
    } else if (ups.length >= 2) {
      h.parentBody = ups[0]?.full.trim() ?? '';
      h.issuingBody = ups
        .slice(1)
        .map((l) => l.full.trim())
        .join(' ')
        .slice(0, LINE_MAX);
    }
    for (const l of ups) place(this.ctx, l);
    this.headerUpper = [];
    for (const l of this.headerOther) {
      keepUnplaced(
        this.ctx,
        l,
        'Không nhận ra dòng này ở phần đầu văn bản; giữ ở phần mở đầu / unrecognised header line, kept in the preamble',
      );
      this.plan.preamble.push({ runs: plainRuns(l.runs) });
    }
    this.headerOther = [];
  }

  // ── type name, trích yếu ────────────────────────────────────────────────────────────────────────
  summary(line: Line, text: string): void {
    if (DECORATION.test(text)) return place(this.ctx, line);
    const opensBody = SECTION_HEADING.test(text) && isUpperLine(text);
    const opensPreamble =
      LEGAL_BASIS.test(text) ||
      (/^(Thực hiện|Triển khai|Căn cứ|Để|Nhằm)(?!\p{L})/u.test(text) &&
        !(this.summaryLines === 0 && looksLikeSummary(line, text)));
    if (this.summaryLines === 0 && !opensBody && !opensPreamble) {
      this.plan.summary = text.replace(/^V\/v\s*/u, '').slice(0, TITLE_MAX);
      this.summaryBold = line.bold;
      this.summaryLines = 1;
      return place(this.ctx, line);
    }
    // A trích yếu typed over two lines: both bold and centred in Word.
    if (
      this.summaryLines > 0 &&
      this.summaryBold &&
      line.bold &&
      !opensBody &&
      !opensPreamble &&
      line.align === 'center'
    ) {
      this.plan.summary = `${this.plan.summary} ${text}`.slice(0, TITLE_MAX);
      this.summaryLines += 1;
      return place(this.ctx, line);
    }
    this.state = 'preamble';
    this.preamble(line, text);
  }

  // ── căn cứ list and the prose preamble ──────────────────────────────────────────────────────────
  preamble(line: Line, text: string): void {
    if (DECORATION.test(text)) return place(this.ctx, line);
    if (
      (SECTION_HEADING.test(text) && isUpperLine(text)) ||
      (isUpperLine(text) && SECTION_WORDS.test(text))
    ) {
      this.state = 'body';
      return this.body(line, text);
    }
    if (RECIPIENTS.test(text)) {
      this.state = 'body';
      return this.body(line, text);
    }
    if (LEGAL_BASIS.test(text) && this.plan.preamble.length === 0 && text.length <= TITLE_MAX) {
      this.plan.legalBases.push(text.replace(/[;.,]+$/u, '').trim());
      return place(this.ctx, line);
    }
    this.plan.preamble.push(this.paragraph(line));
    place(this.ctx, line);
  }

  paragraph(line: Line, runs: Run[] = line.runs): Paragraph {
    const p: Paragraph = { runs: plainRuns(runs) };
    if (line.bullet) p.list = 'bullet';
    else if (line.label && !/^[IVXL]+\.?$/u.test(line.label)) {
      // A Word number on a paragraph that is not an item: keep it visible as typed text.
      p.runs = [{ text: `${line.label} ` }, ...p.runs];
    }
    return p;
  }

  // ── sections, items, task fields ────────────────────────────────────────────────────────────────
  openSection(title: string, line: Line): void {
    const clean = title.replace(/\s*:$/u, '').trim();
    this.section = {
      id: newId(this.ctx, 's'),
      title: clean.slice(0, LINE_MAX),
      role: sectionRole(clean),
      content: [],
    };
    this.plan.sections.push(this.section);
    this.stack = [];
    this.textBlock = null;
    this.lastField = null;
    place(this.ctx, line);
  }

  ensureSection(): Section {
    if (this.section) return this.section;
    this.section = { id: newId(this.ctx, 's'), title: '', role: 'other', content: [] };
    this.plan.sections.push(this.section);
    return this.section;
  }

  addText(line: Line, runs: Run[] = line.runs): void {
    const item = this.stack[this.stack.length - 1];
    const para = this.paragraph(line, runs);
    if (item && !this.textBlock) {
      item.body.push(para);
      if (item.fields && Object.values(item.fields).some((v) => v !== null)) {
        this.ctx.warnings.push({
          text: line.full,
          reason:
            'Đoạn văn đứng sau các trường của nhiệm vụ được đưa vào nội dung nhiệm vụ / text after the task fields moved into the task body',
        });
      }
    } else {
      const section = this.ensureSection();
      if (!this.textBlock) {
        this.textBlock = { type: 'text', id: newId(this.ctx, 'p'), body: [] };
        section.content.push(this.textBlock);
      }
      this.textBlock.body.push(para);
    }
    this.lastField = null;
    place(this.ctx, line);
  }

  item(depth: number, rest: string, line: Line): void {
    const section = this.ensureSection();
    const d = Math.max(1, Math.min(depth, this.stack.length + 1));
    const runs = runsOfSuffix(line, rest);
    const restText = runsText(runs);
    const node: Item = { type: 'item', id: newId(this.ctx, 'i'), title: '', body: [], children: [] };
    const isContent = section.role === 'content';
    if (isContent ? restText.length <= TITLE_MAX : !endsSentence(restText) && restText.length <= 300) {
      node.title = restText;
    } else {
      node.body.push({ runs: plainRuns(runs) });
    }
    if (d === 1) section.content.push(node);
    else this.stack[d - 2]?.children.push(node);
    this.stack = [...this.stack.slice(0, d - 1), node];
    this.textBlock = null;
    this.lastField = null;
    place(this.ctx, line);
  }

  setField(key: FieldKey, value: string, line: Line): boolean {
    const item = this.stack[this.stack.length - 1];
    if (!item || this.textBlock) return false;
    const fields: TaskFields = item.fields ?? {
      lead: null,
      coordinating: null,
      timeline: null,
      deliverable: null,
    };
    if (fields[key] !== null) return false;
    const max = key === 'deliverable' ? 20000 : LINE_MAX;
    if (value.length > max) return false;
    fields[key] = value;
    item.fields = fields;
    this.lastField = { item, key };
    place(this.ctx, line);
    return true;
  }

  body(line: Line, text: string): void {
    const section = this.section;
    const recipients = RECIPIENTS.exec(text);
    if (recipients) {
      this.state = 'recipients';
      place(this.ctx, line);
      const rest = (recipients[1] ?? '').trim();
      if (rest) this.recipientEntry(rest);
      return;
    }
    if (this.closed && isUpperLine(text) && !SECTION_HEADING.test(text)) {
      this.state = 'signature';
      return this.signature(line, text);
    }
    const heading = SECTION_HEADING.exec(text);
    if (heading && isUpperLine(heading[2] ?? '')) return this.openSection(heading[2] ?? '', line);
    if (isUpperLine(text) && SECTION_WORDS.test(text) && !line.label && text.length <= 200) {
      return this.openSection(text, line);
    }
    if (APPENDIX.test(text) && this.closed) {
      this.state = 'after';
      return this.after(line, text);
    }
    if (DECORATION.test(text)) return place(this.ctx, line);
    // Numbered items: 1.1.1. / 1.1. / 1. / a)
    const m3 = ITEM3_NUM.exec(text);
    if (m3) return this.item(3, m3[4] ?? '', line);
    const m2 = ITEM2.exec(text);
    if (m2) return this.item(2, m2[3] ?? '', line);
    const m1 = ITEM1.exec(text);
    if (m1) return this.item(1, m1[2] ?? '', line);
    const mp = POINT.exec(text);
    if (mp && (this.stack.length > 0 || line.label)) {
      // Points a), b) … are siblings: under the item that opened the first one.
      const open = this.stack.findIndex((it) => this.points.has(it.id));
      const depth = open >= 0 ? open + 1 : Math.min(3, this.stack.length + 1);
      this.item(depth, mp[2] ?? '', line);
      const top = this.stack[this.stack.length - 1];
      if (top) this.points.add(top.id);
      return;
    }
    if (section?.role === 'content') {
      const field = matchField(text);
      if (field && this.setField(field.key, field.value, line)) return;
    }
    if (CLOSING_START.test(text) || CLOSING.test(text)) {
      this.stack = [];
      this.textBlock = null;
      this.addText(line);
      if (CLOSING.test(text)) this.closed = true;
      return;
    }
    // A field value typed on after its label ("- Kết quả sản phẩm: … trưởng" + "thôn, …") was joined
    // already; a plain line right after a field is ordinary text of the task.
    this.addText(line);
  }

  // ── Nơi nhận, Lưu ───────────────────────────────────────────────────────────────────────────────
  recipientEntry(text: string): void {
    const entry = text.replace(BULLET_PREFIX, '').trim();
    if (entry) this.plan.recipients.entries.push(entry.slice(0, LINE_MAX));
  }

  recipients(line: Line, text: string): void {
    const archive = ARCHIVE.exec(text);
    if (archive) {
      // Converters sometimes glue the signer's bold title onto the "Lưu" line ("… (HTMĐ)TRƯỞNG BAN").
      const runs = line.runs;
      let k = runs.length;
      while (k > 0 && runs[k - 1]?.bold && isUpperLine(runs[k - 1]?.text ?? '')) k -= 1;
      const glued =
        k > 0 && k < runs.length
          ? runs
              .slice(k)
              .map((r) => r.text)
              .join('')
              .trim()
          : '';
      const own = glued ? runsText(runs.slice(0, k)) : text;
      this.plan.recipients.archive = (ARCHIVE.exec(own.trim())?.[1] ?? '').trim().slice(0, LINE_MAX);
      place(this.ctx, line);
      this.state = 'signature';
      if (glued) this.plan.signature.lines.push(glued.slice(0, LINE_MAX));
      return;
    }
    const bulleted = BULLET_PREFIX.test(text) || line.bullet;
    if (!bulleted && isUpperLine(text)) {
      this.state = 'signature';
      return this.signature(line, text);
    }
    this.recipientEntry(text);
    place(this.ctx, line);
  }

  // ── signature ───────────────────────────────────────────────────────────────────────────────────
  signature(line: Line, text: string): void {
    const sig = this.plan.signature;
    if (RECIPIENTS.test(text) && this.plan.recipients.entries.length === 0) {
      this.state = 'recipients';
      place(this.ctx, line);
      return;
    }
    if (ARCHIVE.test(text) && this.plan.recipients.archive === '') {
      return this.recipients(line, text);
    }
    if (SIGNATURE_NOTE.test(text)) {
      return keepUnplaced(
        this.ctx,
        line,
        'Ghi chú ở chỗ ký (không thuộc kế hoạch) / note in the signature space, not part of the plan',
      );
    }
    if (isUpperLine(text) && sig.name === '' && sig.lines.length < 6 && text.length <= LINE_MAX) {
      sig.lines.push(text);
      return place(this.ctx, line);
    }
    if (
      !isUpperLine(text) &&
      sig.name === '' &&
      sig.lines.length > 0 &&
      text.length <= 80 &&
      !/\d/.test(text)
    ) {
      sig.name = text;
      place(this.ctx, line);
      this.state = 'after';
      return;
    }
    this.state = 'after';
    this.after(line, text);
  }

  // ── after the signature: appendices, or text that has no place ─────────────────────────────────
  after(line: Line, text: string): void {
    if (APPENDIX.test(text)) {
      this.appendix = {
        id: newId(this.ctx, 'a'),
        title: text.slice(0, LINE_MAX),
        subtitle: '',
        landscape: false,
        body: [],
        table: null,
      };
      this.plan.appendices.push(this.appendix);
      return place(this.ctx, line);
    }
    if (RECIPIENTS.test(text) && this.plan.recipients.entries.length === 0) {
      this.state = 'recipients';
      return place(this.ctx, line);
    }
    if (this.appendix) {
      if (
        this.appendix.subtitle === '' &&
        this.appendix.body.length === 0 &&
        this.appendix.table === null &&
        line.bold &&
        text.length <= LINE_MAX
      ) {
        this.appendix.subtitle = text;
      } else this.appendix.body.push(this.paragraph(line));
      return place(this.ctx, line);
    }
    this.trailing.push(line);
  }

  appendixTable(entry: Extract<Entry, { kind: 'table' }>): boolean {
    const appendix = this.appendix;
    if (!appendix || appendix.table) return false;
    const text = (cell: Line[]): string => cell.map((l) => l.full.trim()).join('\n');
    const [head, ...rows] = entry.cells;
    if (!head) return false;
    appendix.table = {
      header: head.slice(0, 20).map((c) => text(c).slice(0, 500)),
      rows: rows.slice(0, 5000).map((r) => r.slice(0, 20).map((c) => text(c).slice(0, 20000))),
    };
    for (const row of entry.cells) for (const cell of row) for (const l of cell) place(this.ctx, l);
    return true;
  }

  /**
   * A task table (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm): every row
   * becomes a task of section II, its depth taken from the TT column (I, 1, 1.1, a).
   */
  taskTable(entry: Extract<Entry, { kind: 'table' }>): boolean {
    const [head] = entry.cells;
    if (!head) return false;
    const roles = head.map((cell) => columnRole(cell.map((l) => l.full).join(' ')));
    const fieldCols = roles.filter(
      (r) => r === 'lead' || r === 'coordinating' || r === 'timeline' || r === 'deliverable',
    );
    const titleCol = roles.indexOf('title');
    if (fieldCols.length < 2 || titleCol < 0) return false;
    if (this.state === 'preamble') this.state = 'body';
    let section = this.section;
    if (!section || section.role !== 'content') {
      section = { id: newId(this.ctx, 's'), title: 'NỘI DUNG THỰC HIỆN', role: 'content', content: [] };
      this.plan.sections.push(section);
      this.ctx.warnings.push({
        text: 'NỘI DUNG THỰC HIỆN',
        reason:
          'Bảng nhiệm vụ không nằm trong mục nội dung; đã tạo mục / task table outside a content section; section added',
      });
      this.section = section;
    }
    const numberCol = roles.indexOf('number');
    const cellText = (cell: Line[] | undefined): string =>
      (cell ?? [])
        .map((l) => l.full.trim())
        .join(' ')
        .trim();
    const classOf = (n: string): number | null => {
      const t = n.replace(/[.)]+$/u, '');
      if (/^[IVXL]+$/u.test(t)) return 0;
      if (/^\d+$/u.test(t)) return 1;
      if (/^\d+\.\d+$/u.test(t)) return 2;
      if (/^[a-zđ]$/u.test(t)) return 3;
      return null;
    };
    const rows = entry.cells.slice(1);
    const present = [
      ...new Set(rows.map((r) => classOf(cellText(numberCol >= 0 ? r[numberCol] : undefined)))),
    ]
      .filter((c): c is number => c !== null)
      .sort((a, b) => a - b);
    const stack: Item[] = [];
    let last: Item | null = null;
    for (const row of rows) {
      const num = numberCol >= 0 ? cellText(row[numberCol]) : '';
      const cls = classOf(num);
      const titleLines = row[titleCol] ?? [];
      const allLines = row.flat();
      if (allLines.every((l) => l.full.trim() === '')) continue;
      if (cls === null && num === '' && last && titleLines.length === 0) {
        // A continuation row (merged cells): its fields extend the last task.
        for (const l of allLines) last.body.push(this.paragraph(l));
      } else {
        const depth = Math.min(3, cls === null ? 1 : present.indexOf(cls) + 1);
        const d = Math.max(1, Math.min(depth, stack.length + 1));
        const [first, ...more] = titleLines;
        const node: Item = {
          type: 'item',
          id: newId(this.ctx, 'i'),
          title: first ? first.full.trim().slice(0, TITLE_MAX) : '',
          body: more.map((l) => this.paragraph(l)),
          children: [],
        };
        const fields: TaskFields = { lead: null, coordinating: null, timeline: null, deliverable: null };
        let any = false;
        roles.forEach((role, ci) => {
          if (role === 'lead' || role === 'coordinating' || role === 'timeline' || role === 'deliverable') {
            const v = cellText(row[ci]);
            if (v) {
              fields[role] = v.slice(0, role === 'deliverable' ? 20000 : LINE_MAX);
              any = true;
            }
          } else if (role === 'note' || role === null) {
            if (ci !== numberCol && ci !== titleCol)
              for (const l of row[ci] ?? []) node.body.push(this.paragraph(l));
          }
        });
        if (any) node.fields = fields;
        if (d === 1) section.content.push(node);
        else stack[d - 2]?.children.push(node);
        stack.splice(d - 1, stack.length, node);
        last = node;
      }
    }
    for (const row of entry.cells) for (const cell of row) for (const l of cell) place(this.ctx, l);
    this.stack = [];
    this.textBlock = null;
    return true;
  }

  finish(): void {
    if (this.state === 'header' || this.headerUpper.length > 0 || this.headerOther.length > 0)
      this.finishHeader();
    if (this.trailing.length > 0) {
      const section = this.ensureSection();
      const block: TextBlock = { type: 'text', id: newId(this.ctx, 'p'), body: [] };
      for (const l of this.trailing) {
        block.body.push(this.paragraph(l));
        keepUnplaced(
          this.ctx,
          l,
          'Đứng sau chữ ký, không xếp được; giữ thành đoạn văn cuối mục cuối / after the signature and not placed; kept as text at the end of the last section',
        );
      }
      section.content.push(block);
    }
  }
}

function emptyPlan(year: number): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    year,
    header: {
      parentBody: '',
      issuingBody: '',
      number: '',
      symbol: '',
      place: '',
      issueDate: { day: null, month: null, year: null },
    },
    typeName: 'KẾ HOẠCH',
    summary: '',
    preamble: [],
    legalBases: [],
    sections: [],
    recipients: { entries: [], archive: '' },
    signature: { lines: [], name: '' },
    appendices: [],
    predecessor: null,
  };
}

/** The plan's own year: the "năm 2021" of its trích yếu, else its issue date's year. */
function planYear(plan: Plan, fallback: number): number {
  const inSummary = [...plan.summary.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  const y = inSummary[inSummary.length - 1] ?? plan.header.issueDate.year ?? fallback;
  return y >= 1945 && y <= 2200 ? y : fallback;
}

/** Map source paragraphs to plan blocks. Every non-empty source paragraph is placed or reported. */
export function recognise(
  doc: SourceDocument,
  options: ImportOptions = {},
): { plan: Plan; report: ImportReport } {
  const fallbackYear = options.year ?? new Date().getFullYear();
  const ctx: Ctx = {
    plan: emptyPlan(fallbackYear),
    placed: new Set(),
    unplacedIds: new Set(),
    unplaced: [],
    warnings: [...doc.warnings],
    nextId: 0,
  };
  const r = new Recogniser(ctx);
  for (const entry of toEntries(doc)) {
    r.feed(entry);
    if (r.state !== 'header' && (r.headerUpper.length > 0 || r.headerOther.length > 0)) r.finishHeader();
  }
  r.finish();
  const plan = ctx.plan;
  plan.year = options.year ?? planYear(plan, fallbackYear);

  const w = ctx.warnings;
  if (!plan.header.issuingBody)
    w.push({ text: '', reason: 'Không tìm thấy cơ quan ban hành / issuing body not found' });
  if (!plan.summary) w.push({ text: '', reason: 'Không tìm thấy trích yếu / summary (trích yếu) not found' });
  if (plan.sections.length === 0)
    w.push({ text: '', reason: 'Không tìm thấy mục I, II… / no sections (I, II…) found' });
  if (plan.recipients.entries.length === 0)
    w.push({ text: '', reason: 'Không tìm thấy Nơi nhận / recipients (Nơi nhận) not found' });
  if (!plan.signature.name) w.push({ text: '', reason: 'Không tìm thấy người ký / signer not found' });

  // Accounting: a source paragraph split over several lines is unplaced if any of its parts is.
  for (let id = 0; id < doc.paragraphCount; id++) {
    if (!ctx.placed.has(id) && !ctx.unplacedIds.has(id)) {
      // Defensive: a paragraph no rule touched would be lost; the recogniser must never do that.
      throw new AppError(
        'import_internal',
        `Lỗi nội bộ khi nhập: đoạn ${id + 1} chưa được xếp.`,
        `Internal import error: paragraph ${id + 1} was not placed.`,
      );
    }
  }
  const placedCount = doc.paragraphCount - ctx.unplacedIds.size;
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    throw new AppError(
      'import_too_large',
      `Văn bản nhập vượt giới hạn của một kế hoạch (${where}).`,
      `The imported document exceeds the limits of a plan (${where}).`,
    );
  }
  return {
    plan: parsed.data,
    report: {
      sourceParagraphs: doc.paragraphCount,
      placedParagraphs: placedCount,
      unplaced: ctx.unplaced,
      tasks: planTasks(parsed.data).length,
      recipients: parsed.data.recipients.entries.length,
      warnings: w,
    },
  };
}
