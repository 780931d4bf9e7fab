import { AppError } from '../contract/appError.ts';
import { entryText, type OoxmlPackage } from '../ooxml/readPackage.ts';
import { childElements, parseXml, type XmlElement } from '../ooxml/parseXml.ts';
import { MAX_PARAGRAPH_CHARS, paragraphTooLong, type SourceDocument } from './sourceModel.ts';

// The package-level side of reading a .docx: what the file is, its parts within size limits, where
// the main and theme parts are, and the refusal of anything pointing outside the file.

/** A Word document part above this size is not a plan; refused before parsing costs seconds. */
const MAX_PART_CHARS = 40 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Errors for files that are not .docx at all, with what to do about them. */
export function refuseNonDocx(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new AppError(
      'import_legacy_doc',
      'Đây là tệp Word cũ (.doc). Hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx rồi nhập lại.',
      'This is an old binary Word file (.doc). Open it in Word or LibreOffice, save it as .docx and import again.',
    );
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new AppError(
      'import_rtf',
      'Đây là tệp RTF, không phải .docx. Hãy lưu lại thành .docx rồi nhập lại.',
      'This is an RTF file, not a .docx. Save it as .docx and import again.',
    );
  }
}

export function xmlPart(pkg: OoxmlPackage, name: string): XmlElement | null {
  const text = entryText(pkg, name);
  if (text === null) return null;
  if (text.length > MAX_PART_CHARS) {
    throw new AppError(
      'docx_too_large',
      `Phần ${name} của tệp Word quá lớn để là một kế hoạch; đã dừng nhập.`,
      `Part ${name} of the Word file is too large for a plan; import stopped.`,
    );
  }
  refuseHugeTextNode(text);
  return parseXml(text, name);
}

/**
 * One text node longer than any paragraph may be is refused before the XML parser spends seconds on
 * it (the "20 MB paragraph" of a broken or hostile file). A linear scan of the '<' positions.
 */
function refuseHugeTextNode(xml: string): void {
  let prev = 0;
  for (;;) {
    const next = xml.indexOf('<', prev);
    const end = next < 0 ? xml.length : next;
    if (end - prev > MAX_PARAGRAPH_CHARS) throw paragraphTooLong(end - prev);
    if (next < 0) return;
    prev = next + 1;
  }
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart
    .slice(0, fromPart.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/**
 * External relationships: a hyperlink is harmless (we keep its text and never follow it) and an
 * attached template only names a .dotx; anything else that points outside the file (linked
 * sub-documents, frames, linked images or objects, mail-merge sources) is refused — the import
 * must never depend on, or reach for, something outside the file.
 */
export function checkExternalRelationships(pkg: OoxmlPackage, warnings: SourceDocument['warnings']): void {
  for (const name of pkg.keys()) {
    if (!name.endsWith('.rels')) continue;
    const root = xmlPart(pkg, name);
    if (!root) continue;
    for (const rel of childElements(root, 'Relationship')) {
      if ((rel.attrs['TargetMode'] ?? '').toLowerCase() !== 'external') continue;
      const type = rel.attrs['Type'] ?? '';
      const target = rel.attrs['Target'] ?? '';
      if (/\/hyperlink$/.test(type)) continue;
      if (/\/attachedTemplate$/.test(type)) {
        warnings.push({
          text: target,
          reason: 'Mẫu (template) đính kèm bên ngoài tệp được bỏ qua / external attached template ignored',
        });
        continue;
      }
      throw new AppError(
        'docx_external_reference',
        `Tệp Word tham chiếu đến nội dung bên ngoài tệp (${target}); PlanDraft không tải nội dung bên ngoài. Hãy mở tệp trong Word, bỏ liên kết (nhúng nội dung) rồi lưu lại.`,
        `The Word file refers to content outside the file (${target}); PlanDraft never fetches external content. Open it in Word, break the links (embed the content) and save it again.`,
      );
    }
  }
}

export function mainDocumentPart(pkg: OoxmlPackage): string {
  const rels = xmlPart(pkg, '_rels/.rels');
  const main = rels
    ? childElements(rels, 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs['Type'] ?? ''))
    : undefined;
  const target = main?.attrs['Target'];
  return target ? resolveTarget('', target) : 'word/document.xml';
}

/** The theme part (its font scheme resolves `w:asciiTheme="minorHAnsi"`), from the main part's relationships. */
export function themePartOf(pkg: OoxmlPackage, mainPart: string): string | undefined {
  const slash = mainPart.lastIndexOf('/');
  const relsName = `${mainPart.slice(0, slash + 1)}_rels/${mainPart.slice(slash + 1)}.rels`;
  const rels = pkg.has(relsName) ? xmlPart(pkg, relsName) : null;
  const rel = rels
    ? childElements(rels, 'Relationship').find((r) => /\/theme$/.test(r.attrs['Type'] ?? ''))
    : undefined;
  const target = rel?.attrs['Target'];
  return target ? resolveTarget(mainPart, target) : undefined;
}

