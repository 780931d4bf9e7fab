import { AppError } from '../../shared/contract/appError.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';
import type { CliIo } from './command.ts';
import { readBoundedFile } from './commandFiles.ts';

/**
 * Read and validate a plan JSON file (a bare plan document, as in templates/plans/). Characters XML
 * cannot carry are removed by parsePlan; when there were any, `io` hears about it (a finding on
 * stderr), so the user knows the exported file differs from the input.
 */
export function readPlanFile(file: string, io?: Pick<CliIo, 'stderr'>): Plan {
  const text = readBoundedFile(file).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError(
      'bad_json',
      `${file} không phải JSON hợp lệ: ${(e as Error).message}`,
      `${file} is not valid JSON: ${(e as Error).message}`,
    );
  }
  const parsed = parsePlan(json);
  if (!parsed.ok)
    throw new AppError('invalid_plan', `${file}: ${parsed.message}`, `${file}: ${parsed.messageEn}`);
  if (parsed.removedCharacters > 0) {
    io?.stderr(
      `CẢNH BÁO: đã bỏ ${parsed.removedCharacters} ký tự điều khiển không hợp lệ trong XML (U+FFFE, U+FFFF, C0) khỏi ${file}\n` +
        `WARNING: removed ${parsed.removedCharacters} characters XML cannot carry (U+FFFE, U+FFFF, C0 controls) from ${file}\n`,
    );
  }
  return parsed.plan;
}
