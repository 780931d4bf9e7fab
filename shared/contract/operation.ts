import type { z } from 'zod';

/**
 * One row of the contract: the zod schema of the arguments (a tuple) and, as a phantom type, the
 * result. IPC handlers, the preload bridge, the HTTP routes, the renderer API type and the CLI are
 * all derived from the table built of these rows.
 */
export interface Operation<A extends z.ZodTuple, R> {
  args: A;
  /** Phantom: never read at run time, only carries the result type. */
  readonly _result?: R;
}

export function op<R>(): <A extends z.ZodTuple>(args: A) => Operation<A, R> {
  return (args) => ({ args });
}
