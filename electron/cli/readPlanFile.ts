import fs from 'node:fs';
import { AppError } from '../../shared/contract/appError.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/model/parsePlan.ts';

/** Read and validate a plan JSON file (a bare plan document, as in templates/plans/). */
export function readPlanFile(file: string): Plan {
  const text = fs.readFileSync(file, 'utf8');
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
  return parsed.plan;
}
