import type { ErrorInfo } from './appError.ts';
import { errorCodeMessages, isErrorCode } from './errorCodes.ts';

/**
 * What only a developer reads: a file path, an internal code, a schema path, a stack line. A message
 * a civil servant is shown must hold none of these (issue 9 point 10).
 */
const TECHNICAL: readonly RegExp[] = [
  // Absolute paths: "/tmp/plandraft-x/…", "/home/…/plans.db"; Windows "C:\…".
  /(?:^|[\s("'“])\/(?:[\w.@-]+\/)+[\w.@-]*/u,
  /\b[A-Za-z]:\\/u,
  // Relative paths with a file: "test/fixtures/seed.txt", "word/document.xml".
  /\b[\w-]+(?:\/[\w.-]+)+\.(?:xml|json|txt|docx?|csv|rels|ts|js|db)\b/u,
  // Codes: "invalid_registry_doc", "SQLITE_BUSY", "ERR_WORKER_OUT_OF_MEMORY", "ENOENT".
  /\b[A-Za-z]+(?:_[A-Za-z]+)+\b/u,
  /\bE(?:NOENT|ACCES|ISDIR|PERM|BUSY|EXIST|NOSPC|ROFS)\b/u,
  // Rule ids: "internal.rule-failed", "citation.date-after-plan".
  /\b[a-z]+\.[a-z]+(?:-[a-z]+)+\b/u,
  // Schema paths: "(savePlan): 1.header.issueDate", "sections[2].title".
  /\(\w+\):\s/u,
  /\b\d+\.[A-Za-z]\w*\.[A-Za-z]\w*/u,
  /\w\[\d+\]/u,
  // Stacks and raw exceptions.
  /\n\s+at\s/u,
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|Error):/u,
];

export function looksTechnical(text: string): boolean {
  return TECHNICAL.some((re) => re.test(text));
}

export interface UserMessage {
  /** The sentence shown: what happened and what to do, in one language. */
  text: string;
  /** For "Chi tiết kỹ thuật": the code, the detail and any technical text taken out of the sentence. */
  technical: string;
}

/**
 * An error as a civil servant reads it, in the UI language. A message that still carries a path, a
 * code or a stack (a producer not yet written for users) is replaced by its code's general sentence,
 * and its text moves to the technical details, where support finds it.
 */
export function userMessage(error: ErrorInfo, lang: 'vi' | 'en'): UserMessage {
  const own = lang === 'en' ? error.messageEn || error.message : error.message;
  const general = isErrorCode(error.code) ? errorCodeMessages[error.code] : errorCodeMessages.internal;
  const technicalText = looksTechnical(own);
  const text = technicalText || own.trim() === '' ? general[lang] : own;
  const technical = [error.code, error.detail, technicalText ? own : undefined]
    .filter((s): s is string => s !== undefined && s !== '')
    .join('\n');
  return { text, technical };
}
