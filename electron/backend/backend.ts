import fs from 'node:fs';
import path from 'node:path';
import { operationNames, type Handlers } from '../../shared/contract/operations.ts';
import type { BackendContext } from './context.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { planHandlers } from './handlers/planHandlers.ts';
import { openDatabase } from './store/openDatabase.ts';
import { PlanStore } from './store/planStore.ts';
import { BuiltInTemplates } from './templates.ts';
import { exportHandlers } from './handlers/exportHandlers.ts';
import { registryHandlers } from './handlers/registryHandlers.ts';
import { checkHandlers } from './handlers/checkHandlers.ts';
import { reuseHandlers } from './handlers/reuseHandlers.ts';

export interface BackendOptions {
  dataDir: string;
  /** The folder that contains `templates/` (the source tree, or the packaged app's resources). */
  resourcesDir: string;
  host: 'electron' | 'web';
  /** Clock for revision timestamps (tests fix it). */
  now?: () => string;
}

export interface Backend {
  handlers: Handlers;
  context: BackendContext;
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

/**
 * The back end that implements the contract, whatever the transport (Electron IPC, the browser-mode
 * HTTP host, the CLI's `api` command). Each feature contributes its handlers from its own module.
 */
export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE));
  const context: BackendContext = {
    db,
    plans: new PlanStore(db, options.now),
    templates: new BuiltInTemplates(options.resourcesDir),
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    host: options.host,
    version: readVersion(options.resourcesDir),
  };
  const handlers: Handlers = {
    ...planHandlers(context),
    ...exportHandlers(context),
    ...registryHandlers(context),
    ...checkHandlers(context),
    ...reuseHandlers(context),
  };
  const missing = operationNames.filter(
    (n) => typeof (handlers as Record<string, unknown>)[n] !== 'function',
  );
  if (missing.length > 0) throw new Error(`Backend is missing handlers for: ${missing.join(', ')}`);
  return { handlers, context, close: () => db.close() };
}
