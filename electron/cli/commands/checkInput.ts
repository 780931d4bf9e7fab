import path from 'node:path';
import { AppError } from '../../../shared/contract/appError.ts';
import { importDocx } from '../../../shared/import/importDocx.ts';
import { importText } from '../../../shared/import/importText.ts';
import { decodeTextBytes } from '../../../shared/import/decodeText.ts';
import type { Plan } from '../../../shared/model/plan.ts';
import type { CliIo } from '../command.ts';
import { readBoundedFile } from '../commandFiles.ts';
import { readPlanFile } from '../readPlanFile.ts';

/**
 * Any file the citation commands accept, as a plan: a plan JSON as is; a .txt or .docx recognised
 * into blocks by the importer (the year from the document, else `--year`).
 */
export function readCheckInput(file: string, io: CliIo, year: number | undefined): Plan {
  const full = path.resolve(io.cwd, file);
  const ext = path.extname(full).toLowerCase();
  if (ext === '.json') {
    const plan = readPlanFile(full, io);
    return year === undefined ? plan : { ...plan, year };
  }
  if (ext === '.txt')
    return importText(decodeTextBytes(readBoundedFile(full)), year === undefined ? {} : { year }).plan;
  if (ext === '.docx')
    return importDocx(new Uint8Array(readBoundedFile(full)), year === undefined ? {} : { year }).plan;
  throw new AppError(
    'unsupported_file',
    `Không đọc được ${file}: chỉ nhận tệp .docx, .txt hoặc kế hoạch .json`,
    `Cannot read ${file}: only .docx, .txt or a plan .json are accepted`,
  );
}
