import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './plan.ts';

export interface PlanIssue {
  path: string;
  message: string;
}

export type PlanParseResult =
  { ok: true; plan: Plan } | { ok: false; message: string; messageEn: string; issues: PlanIssue[] };

/** NFC-normalise every string of a JSON value: text from Word often arrives decomposed (NFD). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v);
    return out as T;
  }
  return value;
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
  const result = planSchema.safeParse(normalizeStrings(value));
  if (result.success) return { ok: true, plan: result.data };
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
