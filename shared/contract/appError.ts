import { errorCodeMessages, type ErrorCode } from './errorCodes.ts';

export type { ErrorCode } from './errorCodes.ts';

/**
 * The one error shape that crosses every boundary (IPC, HTTP, CLI). Every message a user can see
 * exists in Vietnamese first and in English. `code` is an ErrorCode whenever PlanDraft produced it
 * (AppError and every producer are typed so); the wire shape keeps `string` because a reply read
 * from the network is not proof of anything.
 */
export interface ErrorInfo {
  code: ErrorCode;
  /** What a civil servant reads: what happened and what to do; no path, code or stack. */
  message: string;
  messageEn: string;
  /**
   * What support needs and the user does not (an operation name, a schema path, a file name, a stack
   * line): shown only under "Chi tiết kỹ thuật" and printed by the CLI. Not translated.
   */
  detail?: string;
}

export class AppError extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly detail: string | undefined;
  /** Without a message, the code's general text from errorCodeMessages is used. */
  constructor(
    code: ErrorCode,
    message: string = errorCodeMessages[code].vi,
    messageEn: string = errorCodeMessages[code].en,
    detail?: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageEn = messageEn;
    this.detail = detail;
  }
  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message, messageEn: this.messageEn };
    if (this.detail !== undefined) info.detail = this.detail;
    return info;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** The first lines of a stack: enough for support to place a bug, not a page of frames. */
const STACK_LINES = 4;

/** What went wrong in code (not in the user's input), as support reads it. */
export function technicalDetail(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const stack = e.stack
    ?.split('\n')
    .slice(0, STACK_LINES + 1)
    .join('\n');
  return stack && stack.includes(e.message) ? stack : `${e.name}: ${e.message}`;
}

/**
 * Any failure as an envelope error. A failure PlanDraft did not foresee reads as the general
 * "unexpected error" sentence with what to do; its own text goes to `detail`.
 */
export function errorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.toInfo();
  return {
    code: 'internal',
    message: errorCodeMessages.internal.vi,
    messageEn: errorCodeMessages.internal.en,
    detail: technicalDetail(e),
  };
}
