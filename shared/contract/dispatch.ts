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
      throw new AppError('unknown_operation', undefined, undefined, `unknown operation: ${name}`);
    }
    const parsed = operations[name].args.safeParse(Array.isArray(rawArgs) ? rawArgs : [rawArgs]);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`)
        .join('; ');
      // The schema path names no field a user knows: it is for support only. (The editor never sends
      // an invalid plan: shared/model/savablePlan marks the refused values and leaves them out.)
      throw new AppError('invalid_arguments', undefined, undefined, `${name}: ${detail}`);
    }
    const handler = handlers[name] as (...a: unknown[]) => unknown;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}
