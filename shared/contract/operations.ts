import type { z } from 'zod';
import type { Envelope } from './appError.ts';
import type { Operation } from './operation.ts';
import { planOperations } from './planOperations.ts';
import { registryOperations } from './registryOperations.ts';
import { checkOperations } from './checkOperations.ts';
import { reuseOperations } from './reuseOperations.ts';
import { backupOperations } from './backupOperations.ts';

/**
 * THE contract: every operation the renderer, the HTTP host and the CLI can call, in one table.
 * Features contribute their rows from their own file; an operation is defined exactly once.
 */
export const operations = {
  ...planOperations,
  ...registryOperations,
  ...checkOperations,
  ...reuseOperations,
  ...backupOperations,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const operationNames = Object.keys(operations) as OperationName[];

type ArgsOf<O> = O extends Operation<infer A, unknown> ? z.infer<A> : never;
type ResultOf<O> = O extends Operation<z.ZodTuple, infer R> ? R : never;

export type OpArgs<N extends OperationName> = ArgsOf<Operations[N]>;
export type OpResult<N extends OperationName> = ResultOf<Operations[N]>;

/** What the back end implements (IPC handlers and HTTP routes call these after validation). */
export type Handlers = { [N in OperationName]: (...args: OpArgs<N>) => Promise<OpResult<N>> | OpResult<N> };

/** What the renderer sees: window.api under Electron, an HTTP client in browser mode. */
export type RendererApi = { [N in OperationName]: (...args: OpArgs<N>) => Promise<Envelope<OpResult<N>>> };

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
