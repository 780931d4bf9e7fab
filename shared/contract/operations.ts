import type { z } from 'zod';
import type { Envelope } from './appError.ts';
import type { Operation } from './operation.ts';
import { operationNames, type OperationName } from './operationNames.ts';
import { planOperations } from './planOperations.ts';
import { exportOperations } from './exportOperations.ts';
import { registryOperations } from './registryOperations.ts';
import { checkOperations } from './checkOperations.ts';
import { reuseOperations } from './reuseOperations.ts';
import { backupOperations } from './backupOperations.ts';
import { issueOperations } from './issueOperations.ts';
import { historyOperations } from './historyOperations.ts';
import { agencyOperations } from './agencyOperations.ts';

export { isOperationName, operationNames, type OperationName } from './operationNames.ts';

/**
 * THE contract: every operation the renderer, the HTTP host and the CLI can call, in one table.
 * Features contribute their rows from their own file; an operation is defined exactly once.
 */
export const operations = {
  ...planOperations,
  ...exportOperations,
  ...registryOperations,
  ...checkOperations,
  ...reuseOperations,
  ...backupOperations,
  ...issueOperations,
  ...historyOperations,
  ...agencyOperations,
};

export type Operations = typeof operations;

/**
 * operationNames.ts lists the names without zod (for the preload); this fails to compile when the
 * list and the table disagree in either direction.
 */
type NamesMatch = [keyof Operations] extends [OperationName]
  ? [OperationName] extends [keyof Operations]
    ? true
    : { missingInTable: Exclude<OperationName, keyof Operations> }
  : { missingInNameList: Exclude<keyof Operations, OperationName> };
const namesMatch: NamesMatch = true;
void namesMatch;
void operationNames;

type ArgsOf<O> = O extends Operation<infer A, unknown> ? z.infer<A> : never;
type ResultOf<O> = O extends Operation<z.ZodTuple, infer R> ? R : never;

export type OpArgs<N extends OperationName> = ArgsOf<Operations[N]>;
export type OpResult<N extends OperationName> = ResultOf<Operations[N]>;

/**
 * The handlers of one feature's table (`FeatureHandlers<typeof planOperations>`): a missing, extra
 * or mistyped handler in electron/backend/handlers/* is a compile error there.
 */
export type FeatureHandlers<T extends Record<string, Operation<z.ZodTuple, unknown>>> = {
  [N in keyof T]: (...args: ArgsOf<T[N]>) => Promise<ResultOf<T[N]>> | ResultOf<T[N]>;
};

/** What the back end implements (IPC handlers and HTTP routes call these after validation). */
export type Handlers = FeatureHandlers<Operations>;

/** What the renderer sees: window.api under Electron, an HTTP client in browser mode. */
export type RendererApi = { [N in OperationName]: (...args: OpArgs<N>) => Promise<Envelope<OpResult<N>>> };
