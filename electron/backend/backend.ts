import fs from 'node:fs';
import path from 'node:path';
import { operationNames, type Handlers } from '../../shared/contract/operations.ts';
import type { BackendContext } from './context.ts';
import { planHandlers } from './handlers/planHandlers.ts';
import { PlanStore } from './store/planStore.ts';
import { BuiltInTemplates } from './templates.ts';
import { exportHandlers } from './handlers/exportHandlers.ts';
import { registryHandlers } from './handlers/registryHandlers.ts';
import { checkHandlers } from './handlers/checkHandlers.ts';
import { reuseHandlers } from './handlers/reuseHandlers.ts';
import { backupHandlers } from './handlers/backupHandlers.ts';
import { issueHandlers } from './handlers/issueHandlers.ts';
import { historyHandlers } from './handlers/historyHandlers.ts';
import { agencyHandlers } from './handlers/agencyHandlers.ts';
import { storageError } from './store/storageError.ts';
import { Workspace } from './workspace.ts';
import { inlineJobs, type JobRunner } from './jobs/jobRunner.ts';

export interface BackendOptions {
  dataDir: string;
  /** The folder that contains `templates/` (the source tree, or the packaged app's resources). */
  resourcesDir: string;
  host: 'electron' | 'web';
  /** Clock for revision timestamps (tests fix it). */
  now?: () => string;
  /** Backups kept besides one per day for 30 days (default PLANDRAFT_BACKUP_KEEP, else 10). */
  backupKeep?: number;
  /** Minimum time between automatic backups while editing (default one hour). */
  backupIntervalMs?: number;
  /** Back up an existing workspace when the back end starts (default true; the CLI's commands skip it). */
  backupAtStart?: boolean;
  /** Where heavy jobs run (default: on the calling thread). The web host passes worker threads. */
  jobs?: JobRunner;
}

export interface Backend {
  handlers: Handlers;
  /** The open workspace's context; throws the storage error while the workspace is damaged. */
  readonly context: BackendContext;
  workspace: Workspace;
  close(): void;
}

function readVersion(resourcesDir: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function backupKeepFromEnv(env: NodeJS.ProcessEnv): number {
  const n = Number(env.PLANDRAFT_BACKUP_KEEP);
  return Number.isInteger(n) && n >= 1 ? n : 10;
}

/** Operations after which an automatic (at most hourly) backup is considered. */
const EDITING: ReadonlySet<string> = new Set(['savePlan', 'patchPlan', 'createPlan', 'importDocument', 'rolloverPlan']);

/**
 * The back end that implements the contract, whatever the transport (Electron IPC, the browser-mode
 * HTTP host, the CLI's `api` command). Each feature contributes its handlers from its own module.
 * The workspace is opened (quick_check) and backed up at start; when it is damaged the back end still
 * starts: the backup operations work and every other operation answers with the storage error, so the
 * user is offered a restore instead of an empty library.
 */
export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date().toISOString());
  const workspace = new Workspace({
    dataDir: options.dataDir,
    now,
    retention: { keep: options.backupKeep ?? backupKeepFromEnv(process.env), days: 30 },
    intervalMs: options.backupIntervalMs ?? 60 * 60 * 1000,
  });
  const version = readVersion(options.resourcesDir);
  let live: { context: BackendContext; handlers: Handlers } | null = null;
  workspace.onOpen((db) => {
    const context: BackendContext = {
      db,
      plans: new PlanStore(db, options.now),
      templates: new BuiltInTemplates(options.resourcesDir),
      dataDir: options.dataDir,
      resourcesDir: options.resourcesDir,
      host: options.host,
      version,
      jobs: options.jobs ?? inlineJobs,
    };
    const featureHandlers: Handlers = {
      ...planHandlers(context),
      ...exportHandlers(context),
      ...registryHandlers(context),
      ...checkHandlers(context),
      ...reuseHandlers(context),
      ...backupHandlers(workspace),
      ...issueHandlers(context),
      ...historyHandlers(context),
      ...agencyHandlers(context),
    };
    const missing = operationNames.filter(
      (n) => typeof (featureHandlers as Record<string, unknown>)[n] !== 'function',
    );
    if (missing.length > 0) throw new Error(`Backend is missing handlers for: ${missing.join(', ')}`);
    live = { context, handlers: featureHandlers };
  });
  const recovery = backupHandlers(workspace);
  const handlers = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of operationNames) {
    handlers[name] = async (...args: unknown[]) => {
      try {
        if (Object.prototype.hasOwnProperty.call(recovery, name)) {
          return await (recovery as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
        }
        workspace.database();
        const value = await (live!.handlers as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
        if (EDITING.has(name)) workspace.backupIfDue();
        return value;
      } catch (e) {
        // Every SQLite or file-system failure of the workspace reaches the user as a bilingual code.
        throw storageError(e, workspace.file) ?? e;
      }
    };
  }
  workspace.start(options.backupAtStart ?? true);
  return {
    handlers: handlers as unknown as Handlers,
    get context() {
      workspace.database();
      return live!.context;
    },
    workspace,
    close: () => workspace.close(),
  };
}
