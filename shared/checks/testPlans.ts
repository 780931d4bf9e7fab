import seed from '../../templates/plans/langson-2021.json' with { type: 'json' };
import { planSchema, type Plan } from '../model/plan.ts';
import { richFromPlain } from '../model/richText.ts';

/** Test helpers (imported by tests only). */
export function seedPlan(): Plan {
  return planSchema.parse(structuredClone(seed));
}

/** The seed with one exact piece of text replaced (the text must occur exactly once). */
export function mutateSeed(from: string, to: string): Plan {
  const json = JSON.stringify(seed);
  const count = json.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" occurs ${count} times in the seed`);
  return planSchema.parse(JSON.parse(json.replace(from, to)));
}

/** The seed with its preamble replaced (one paragraph per line). */
export function withPreamble(text: string, year?: number): Plan {
  const plan = seedPlan();
  plan.preamble = richFromPlain(text);
  if (year !== undefined) plan.year = year;
  return plan;
}
