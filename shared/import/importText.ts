import type { Plan } from '../model/plan.ts';
import type { ImportOptions, ImportReport } from './importReport.ts';
import { readText } from './readText.ts';
import { recognise } from './recognise.ts';

/**
 * Import a plan typed or saved as plain text: one paragraph per non-empty line. Used by
 * `plandraft import file.txt` and by the citation `check` command for .txt files.
 */
export function importText(text: string, options: ImportOptions = {}): { plan: Plan; report: ImportReport } {
  const doc = readText(text, { legacyEncoding: options.legacyEncoding ?? 'auto' });
  return recognise(doc, options);
}
