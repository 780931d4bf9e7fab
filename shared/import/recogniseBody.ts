import type { Item, Section, SectionRole, TaskFields } from '../model/plan.ts';
import type { Run } from '../model/richText.ts';
import { keepOwnLabel, matchField, type FieldKey } from './fieldLabels.ts';
import { endsSentence, runsText, type Line } from './logicalLines.ts';
import { newId, place } from './recogniseContext.ts';
import { recipientEntry } from './recogniseClosing.ts';
import { isUpperLine, lineParagraph, plainRuns, runsOfSuffix } from './recogniseLines.ts';
import {
  APPENDIX,
  CLOSING,
  CLOSING_START,
  DECORATION,
  ITEM1,
  ITEM2,
  ITEM3_NUM,
  LINE_MAX,
  POINT,
  RECIPIENTS,
  SECTION_HEADING,
  SECTION_WORDS,
  TITLE_MAX,
} from './recognisePatterns.ts';
import type { Recogniser } from './recogniser.ts';

// The body of a plan: sections I, II…, numbered items and points, a task's fields, prose between.

function sectionRole(title: string): SectionRole {
  const t = title.toLocaleUpperCase('vi');
  if (/MỤC ĐÍCH|YÊU CẦU|QUAN ĐIỂM/u.test(t)) return 'purpose';
  if (/KINH PHÍ/u.test(t)) return 'funding';
  if (/TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM/u.test(t)) return 'implementation';
  if (/NỘI DUNG|NHIỆM VỤ|GIẢI PHÁP|HOẠT ĐỘNG/u.test(t)) return 'content';
  return 'other';
}

// ── sections, items, task fields ────────────────────────────────────────────────────────────────
export function openSection(r: Recogniser, title: string, line: Line): void {
  const clean = title.replace(/\s*:$/u, '').trim();
  r.section = {
    id: newId(r.ctx, 's'),
    title: clean.slice(0, LINE_MAX),
    role: sectionRole(clean),
    content: [],
  };
  r.plan.sections.push(r.section);
  r.stack = [];
  r.textBlock = null;
  r.lastField = null;
  place(r.ctx, line);
}

export function ensureSection(r: Recogniser): Section {
  if (r.section) return r.section;
  r.section = { id: newId(r.ctx, 's'), title: '', role: 'other', content: [] };
  r.plan.sections.push(r.section);
  return r.section;
}

export function addText(r: Recogniser, line: Line, runs: Run[] = line.runs): void {
  const item = r.stack[r.stack.length - 1];
  const para = lineParagraph(line, runs);
  if (item && !r.textBlock) {
    item.body.push(para);
    if (item.fields && Object.values(item.fields).some((v) => v !== null)) {
      r.ctx.warnings.push({
        text: line.full,
        reason:
          'Đoạn văn đứng sau các trường của nhiệm vụ được đưa vào nội dung nhiệm vụ / text after the task fields moved into the task body',
      });
    }
  } else {
    const section = ensureSection(r);
    if (!r.textBlock) {
      r.textBlock = { type: 'text', id: newId(r.ctx, 'p'), body: [] };
      section.content.push(r.textBlock);
    }
    r.textBlock.body.push(para);
  }
  r.lastField = null;
  place(r.ctx, line);
}

export function item(r: Recogniser, depth: number, rest: string, line: Line): void {
  const section = ensureSection(r);
  const d = Math.max(1, Math.min(depth, r.stack.length + 1));
  const runs = runsOfSuffix(line, rest);
  const restText = runsText(runs);
  const node: Item = { type: 'item', id: newId(r.ctx, 'i'), title: '', body: [], children: [] };
  const isContent = section.role === 'content';
  if (isContent ? restText.length <= TITLE_MAX : !endsSentence(restText) && restText.length <= 300) {
    node.title = restText;
  } else {
    node.body.push({ runs: plainRuns(runs) });
  }
  if (d === 1) section.content.push(node);
  else r.stack[d - 2]?.children.push(node);
  r.stack = [...r.stack.slice(0, d - 1), node];
  r.textBlock = null;
  r.lastField = null;
  place(r.ctx, line);
}

export function setField(r: Recogniser, key: FieldKey, value: string, line: Line): boolean {
  const item = r.stack[r.stack.length - 1];
  if (!item || r.textBlock) return false;
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
  r.lastField = { item, key };
  place(r.ctx, line);
  return true;
}

export function bodyLine(r: Recogniser, line: Line, text: string): void {
  const section = r.section;
  const recipients = RECIPIENTS.exec(text);
  if (recipients) {
    r.state = 'recipients';
    place(r.ctx, line);
    const rest = (recipients[1] ?? '').trim();
    if (rest) recipientEntry(r, rest);
    return;
  }
  if (r.closed && isUpperLine(text) && !SECTION_HEADING.test(text)) {
    return r.enter('signature', line);
  }
  const heading = SECTION_HEADING.exec(text);
  if (heading && isUpperLine(heading[2] ?? '')) return openSection(r, heading[2] ?? '', line);
  if (isUpperLine(text) && SECTION_WORDS.test(text) && !line.label && text.length <= 200) {
    return openSection(r, text, line);
  }
  if (APPENDIX.test(text) && r.closed) {
    return r.enter('after', line);
  }
  if (DECORATION.test(text)) return place(r.ctx, line);
  // Numbered items: 1.1.1. / 1.1. / 1. / a)
  const m3 = ITEM3_NUM.exec(text);
  if (m3) return item(r, 3, m3[4] ?? '', line);
  const m2 = ITEM2.exec(text);
  if (m2) return item(r, 2, m2[3] ?? '', line);
  const m1 = ITEM1.exec(text);
  if (m1) return item(r, 1, m1[2] ?? '', line);
  const mp = POINT.exec(text);
  if (mp && (r.stack.length > 0 || line.label)) {
    // Points a), b) … are siblings: under the item that opened the first one.
    const open = r.stack.findIndex((it) => r.points.has(it.id));
    const depth = open >= 0 ? open + 1 : Math.min(3, r.stack.length + 1);
    item(r, depth, mp[2] ?? '', line);
    const top = r.stack[r.stack.length - 1];
    if (top) r.points.add(top.id);
    return;
  }
  if (section?.role === 'content') {
    const field = matchField(text);
    if (field && setField(r, field.key, field.value, line)) {
      keepOwnLabel(r.plan, r.labelsSeen, field.key, field.label);
      return;
    }
  }
  if (CLOSING_START.test(text) || CLOSING.test(text)) {
    r.stack = [];
    r.textBlock = null;
    addText(r, line);
    if (CLOSING.test(text)) r.closed = true;
    return;
  }
  // A field value typed on after its label ("- Kết quả sản phẩm: … trưởng" + "thôn, …") was joined
  // already; a plain line right after a field is ordinary text of the task.
  addText(r, line);
}
