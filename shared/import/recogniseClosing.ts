import { continuesName } from '../format/breakName.ts';
import { BULLET_PREFIX } from './fieldLabels.ts';
import { runsText, type Line } from './logicalLines.ts';
import { keepUnplaced, newId, place } from './recogniseContext.ts';
import { isUpperLine, lineParagraph } from './recogniseLines.ts';
import {
  APPENDIX,
  APPENDIX_SENTENCE_CASE,
  ARCHIVE,
  LINE_MAX,
  RECIPIENTS,
  SIGNATURE_NOTE,
} from './recognisePatterns.ts';
import type { Recogniser } from './recogniser.ts';

// The closing zones of a plan: Nơi nhận and Lưu, the signature, then appendices or stray text.

/** "PHỤ LỤC …", or a sentence-case "Phụ lục I" standing alone (or followed by a heading). */
export function isAppendixHeading(line: Line, text: string): boolean {
  if (APPENDIX.test(text)) return true;
  const m = APPENDIX_SENTENCE_CASE.exec(text);
  if (!m || text.length > LINE_MAX) return false;
  const rest = m[1] ?? '';
  return rest === '' || isUpperLine(rest) || line.bold;
}

/**
 * A signer's name as it is typed under the title: two to seven words, the last two capitalised
 * ("Nguyễn Ngọc Phúc", "Đại tá Trần Văn A"), no digits, bullets or list punctuation. A draft's
 * signature often has no name yet, and what follows it (a "Phụ lục", a recipient, the appendix's
 * title) must not be taken for one.
 */
export function looksLikePersonName(line: Line, text: string): boolean {
  if (text.length > 80 || /[\d;:,()/"“”]/u.test(text) || BULLET_PREFIX.test(text) || line.bullet)
    return false;
  if (isUpperLine(text) || isAppendixHeading(line, text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 7) return false;
  const capitalised = (w: string): boolean => {
    const first = Array.from(w)[0] ?? '';
    return first !== first.toLowerCase() && first === first.toUpperCase();
  };
  return words.slice(-2).every(capitalised) && words.filter(capitalised).length * 3 >= words.length * 2;
}

// ── Nơi nhận, Lưu ───────────────────────────────────────────────────────────────────────────────
/**
 * One Nơi nhận line, or two laid side by side in one paragraph ("- V01, C04 - Bộ Công an;" then a
 * tab and "- Thường trực Tỉnh ủy;"): a ";" followed by another dash ends an entry.
 */
export function recipientEntry(r: Recogniser, text: string): void {
  for (const part of text.split(/(?<=;)\s+(?=[-–]\s)/u)) {
    const entry = part.replace(BULLET_PREFIX, '').trim();
    if (entry) r.plan.recipients.entries.push(entry.slice(0, LINE_MAX));
  }
}

export function recipientsLine(r: Recogniser, line: Line, text: string): void {
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
    r.plan.recipients.archive = (ARCHIVE.exec(own.trim())?.[1] ?? '').trim().slice(0, LINE_MAX);
    place(r.ctx, line);
    r.state = 'signature';
    if (glued) r.plan.signature.lines.push(glued.slice(0, LINE_MAX));
    return;
  }
  const bulleted = BULLET_PREFIX.test(text) || line.bullet;
  if (!bulleted && isUpperLine(text)) {
    return r.enter('signature', line);
  }
  recipientEntry(r, text);
  place(r.ctx, line);
}

// ── signature ───────────────────────────────────────────────────────────────────────────────────
export function signatureLine(r: Recogniser, line: Line, text: string): void {
  const sig = r.plan.signature;
  if (RECIPIENTS.test(text) && r.plan.recipients.entries.length === 0) {
    r.state = 'recipients';
    place(r.ctx, line);
    return;
  }
  if (ARCHIVE.test(text) && r.plan.recipients.archive === '') {
    return recipientsLine(r, line, text);
  }
  // A draft signs "CHỦ TỊCH" with no name yet: a "Phụ lục" after it opens the appendix.
  if (isAppendixHeading(line, text)) return r.enter('after', line);
  if (SIGNATURE_NOTE.test(text)) {
    return keepUnplaced(
      r.ctx,
      line,
      'Ghi chú ở chỗ ký (không thuộc kế hoạch) / note in the signature space, not part of the plan',
    );
  }
  if (isUpperLine(text) && sig.name === '' && sig.lines.length < 6 && text.length <= LINE_MAX) {
    // A title PlanDraft (or a clerk) broke with Shift+Enter: "TM. BAN CHỈ ĐẠO … / HÀNH CHÍNH …".
    const sources = line.sources.join();
    const last = sig.lines.length - 1;
    const previous = sig.lines[last];
    if (previous !== undefined && r.signatureSources === sources && continuesName(previous, text, true))
      sig.lines[last] = `${sig.lines[last] ?? ''} ${text}`.slice(0, LINE_MAX);
    else sig.lines.push(text);
    r.signatureSources = sources;
    return place(r.ctx, line);
  }
  if (sig.name === '' && sig.lines.length > 0 && looksLikePersonName(line, text)) {
    sig.name = text;
    place(r.ctx, line);
    r.state = 'after';
    return;
  }
  r.enter('after', line);
}

// ── after the signature: appendices, or text that has no place ─────────────────────────────────
/**
 * The document a Quyết định issues, printed after its signature under its own type name
 * ("CHƯƠNG TRÌNH" / "TRỌNG TÂM CÔNG TÁC TƯ PHÁP …" / "(Ban hành kèm theo Quyết định số …)"): read as
 * an appendix of the decision, as a "PHỤ LỤC" is.
 */
const ATTACHED_DOCUMENT =
  /^(?:CHƯƠNG\s+TRÌNH|KẾ\s+HOẠCH|QUY\s+CHẾ|QUY\s+ĐỊNH|ĐỀ\s+ÁN|ĐIỀU\s+LỆ|HƯỚNG\s+DẪN|PHƯƠNG\s+ÁN|DANH\s+MỤC)$/u;

export function afterLine(r: Recogniser, line: Line, text: string): void {
  const attached = r.appendix === null && ATTACHED_DOCUMENT.test(text.replace(/\s+/gu, ' '));
  if (attached || isAppendixHeading(line, text)) {
    r.appendix = {
      id: newId(r.ctx, 'a'),
      title: text.slice(0, LINE_MAX),
      subtitle: '',
      landscape: false,
      body: [],
      table: null,
    };
    r.plan.appendices.push(r.appendix);
    return place(r.ctx, line);
  }
  if (RECIPIENTS.test(text) && r.plan.recipients.entries.length === 0) {
    r.state = 'recipients';
    return place(r.ctx, line);
  }
  if (r.appendix) {
    if (
      r.appendix.subtitle === '' &&
      r.appendix.body.length === 0 &&
      r.appendix.table === null &&
      // Bold in Word; in capitals under an attached document's type name in a copy without formatting.
      (line.bold || (ATTACHED_DOCUMENT.test(r.appendix.title) && isUpperLine(text))) &&
      text.length <= LINE_MAX
    ) {
      r.appendix.subtitle = text;
    } else r.appendix.body.push(lineParagraph(line));
    return place(r.ctx, line);
  }
  r.trailing.push(line);
}
