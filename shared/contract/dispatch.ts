import { AppError, errorInfo, type Envelope } from './appError.ts';
import { isOperationName, operations, type Handlers } from './operations.ts';

/**
 * The single entry of every transport: look the operation up, validate its arguments with zod,
 * run the handler, and wrap the outcome in the result envelope. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawArgs: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!isOperationName(name)) {
      throw new AppError(
        'unknown_operation',
        `Thao tác không tồn tại: ${name}`,
        `Unknown operation: ${name}`,
      );
    }
    const parsed = operations[name].args.safeParse(Array.isArray(rawArgs) ? rawArgs : [rawArgs]);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`)
        .join('; ');
      throw new AppError(
        'invalid_arguments',
        `Dữ liệu gửi lên không hợp lệ (${name}): ${detail}`,
        `Invalid arguments for ${name}: ${detail}`,
      );
    }
    const handler = handlers[name] as (...a: unknown[]) => unknown;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}
