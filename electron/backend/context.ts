import type { Db } from './store/openDatabase.ts';
import type { PlanStore } from './store/planStore.ts';
import type { BuiltInTemplates } from './templates.ts';
import type { JobRunner } from './jobs/jobRunner.ts';

/**
 * What every feature's handlers receive: the open workspace and where the app's resources are.
 * Built once by createBackend(); handlers keep no state of their own.
 */
export interface BackendContext {
  db: Db;
  plans: PlanStore;
  templates: BuiltInTemplates;
  dataDir: string;
  resourcesDir: string;
  host: 'electron' | 'web';
  version: string;
  /** Heavy pure work (import parsing, Word export): in worker threads in the hosts, inline in tests. */
  jobs: JobRunner;
}
