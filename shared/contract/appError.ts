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
  message: string;
  messageEn: string;
}

export class AppError extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  readonly messageEn: string;
  /** Without a message, the code's general text from errorCodeMessages is used. */
  constructor(
    code: ErrorCode,
    message: string = errorCodeMessages[code].vi,
    messageEn: string = errorCodeMessages[code].en,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageEn = messageEn;
  }
  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message, messageEn: this.messageEn };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function errorInfo(e: unknown): ErrorInfo {
  if (isAppError(e)) return e.toInfo();
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'internal',
    message: `Lỗi không mong đợi: ${detail}`,
    messageEn: `Unexpected error: ${detail}`,
  };
}
