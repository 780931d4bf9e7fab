import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './plan.ts';
import { stripXmlInvalid } from './xmlSafeText.ts';

export interface PlanIssue {
  path: string;
  message: string;
}

export type PlanParseResult =
  | {
      ok: true;
      plan: Plan;
      /** Characters XML cannot carry (C0 controls, U+FFFE, U+FFFF…) removed from the plan's text. */
      removedCharacters: number;
    }
  | { ok: false; message: string; messageEn: string; issues: PlanIssue[] };

/**
 * Deepest JSON nesting a plan may have. Real plans stay far below (items nest a few levels); a
 * hostile file 100 000 levels deep would otherwise exhaust the call stack.
 */
export const MAX_PLAN_DEPTH = 128;

class TooDeep extends Error {}

/**
 * NFC-normalise every string of a JSON value (text from Word often arrives decomposed, NFD) and
 * remove the characters XML cannot carry, counting them. Throws TooDeep past MAX_PLAN_DEPTH.
 */
function cleanStrings<T>(value: T, counter: { removed: number }, depth: number): T {
  if (depth > MAX_PLAN_DEPTH) throw new TooDeep();
  if (typeof value === 'string') {
    const { text, removed } = stripXmlInvalid(value.normalize('NFC'));
    counter.removed += removed;
    return text as T;
  }
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, counter, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v, counter, depth + 1);
    return out as T;
  }
  return value;
}

/** NFC-normalise every string of a JSON value and drop the characters XML cannot carry. */
export function normalizeStrings<T>(value: T): T {
  return cleanStrings(value, { removed: 0 }, 0);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(gốc)'
  );
}

/**
 * Validate an unknown value as a plan document. Never throws: a bad file gets a message in Vietnamese
 * and English naming the first problems, so the user can find them.
 */
export function parsePlan(value: unknown): PlanParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      message: 'Tệp không phải là một kế hoạch PlanDraft (cần một đối tượng JSON).',
      messageEn: 'The file is not a PlanDraft plan (a JSON object is expected).',
      issues: [],
    };
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `Kế hoạch được tạo bởi phiên bản PlanDraft mới hơn (định dạng ${version}); hãy cập nhật ứng dụng.`,
      messageEn: `The plan was written by a newer PlanDraft (format ${version}); please update the application.`,
      issues: [],
    };
  }
  const counter = { removed: 0 };
  let cleaned: unknown;
  try {
    cleaned = cleanStrings(value, counter, 0);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    return {
      ok: false,
      message: `Tệp kế hoạch lồng nhau quá sâu (quá ${MAX_PLAN_DEPTH} cấp); không phải một kế hoạch PlanDraft.`,
      messageEn: `The plan file is nested too deeply (over ${MAX_PLAN_DEPTH} levels); it is not a PlanDraft plan.`,
      issues: [],
    };
  }
  const result = planSchema.safeParse(cleaned);
  if (result.success) return { ok: true, plan: result.data, removedCharacters: counter.removed };
  const issues = (result.error as z.ZodError).issues
    .slice(0, 10)
    .map((i) => ({ path: formatPath(i.path), message: i.message }));
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return {
    ok: false,
    message: `Kế hoạch không hợp lệ — ${list}`,
    messageEn: `The plan is not valid — ${list}`,
    issues,
  };
}
