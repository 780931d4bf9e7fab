import type { Plan } from '../model/plan.ts';
import { planBlocks } from '../compare/planBlocks.ts';

/**
 * Used by the import tests: the plan's whole text as printed (numbers and field labels included),
 * whitespace collapsed, so that each source line can be looked up in it.
 */
export function printedText(plan: Plan): string {
  return planBlocks(plan)
    .map((b) => b.text)
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** The source lines of a plain-text plan that must be found in the imported plan. */
export function sourceLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** Lines of `source` that the printed plan does not contain (empty when nothing was lost). */
export function missingLines(source: string[], plan: Plan): string[] {
  const printed = printedText(plan);
  return source.filter((line) => !printed.includes(line.replace(/^[-–+•]\s*/u, '')));
}
