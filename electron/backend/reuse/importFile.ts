import path from 'node:path';
import { AppError } from '../../../shared/contract/appError.ts';
import { importDocx } from '../../../shared/import/importDocx.ts';
import type { ImportOptions, ImportReport } from '../../../shared/import/importReport.ts';
import { importPdf } from '../../../shared/import/importPdf.ts';
import { markdownToText } from '../../../shared/import/markdownText.ts';
import { importText } from '../../../shared/import/importText.ts';
import { decodeTextBytes } from '../../../shared/import/decodeText.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import { convertToDocx } from './convertWithLibreOffice.ts';
import { readPdfPages } from './readPdf.ts';

/** Larger than any plan by far; refused before any work. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/** Text files from offices: see decodeTextBytes (per-line decision when a few bytes are not UTF-8). */
export function decodeTextFile(bytes: Uint8Array): string {
  return decodeTextBytes(bytes);
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** "%PDF-" within the first kilobyte, where PDF readers look for it (some files carry bytes before it). */
const isPdf = (b: Uint8Array): boolean =>
  new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');
const isRtf = (b: Uint8Array): boolean => b[0] === 0x7b && b[1] === 0x5c && b[2] === 0x72 && b[3] === 0x74;

/**
 * Import a file by its content (the extension only breaks ties): .docx, .txt/.md, .pdf (its text
 * layer), and old .doc/.rtf through LibreOffice when it is installed.
 */
export async function importFileBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ plan: Plan; report: ImportReport }> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError(
      'import_file_too_large',
      `Tệp quá lớn để là một kế hoạch (${Math.round(bytes.length / 1024 / 1024)} MB).`,
      `The file is too large to be a plan (${Math.round(bytes.length / 1024 / 1024)} MB).`,
    );
  }
  const ext = path.extname(fileName).toLowerCase();
  if (isZip(bytes) || ext === '.docx') return importDocx(bytes, options);
  if (isOle(bytes)) return importDocx(await convertToDocx(bytes, '.doc', env), options);
  if (isRtf(bytes)) return importDocx(await convertToDocx(bytes, '.rtf', env), options);
  if (isPdf(bytes)) return importPdf(await readPdfPages(bytes), options);
  if (ext === '.md') return importText(markdownToText(decodeTextFile(bytes)), options);
  if (ext === '.txt' || ext === '') return importText(decodeTextFile(bytes), options);
  if (ext === '.doc') return importDocx(await convertToDocx(bytes, '.doc', env), options);
  throw new AppError(
    'unsupported_file',
    `Không nhập được ${fileName}: chỉ nhận tệp Word (.docx, .doc), PDF có lớp chữ (.pdf) hoặc văn bản (.txt, .md).`,
    `Cannot import ${fileName}: only Word (.docx, .doc), PDF with a text layer (.pdf) or text (.txt, .md) files are accepted.`,
  );
}
