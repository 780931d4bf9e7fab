import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../../shared/contract/appError.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { createBackend, type Backend } from '../backend.ts';
import { sourceResourcesDir } from '../sourceResourcesDir.ts';

/** A back end on a fresh temporary workspace, as the web host builds it (handler tests). */
export function openTestBackend(prefix: string): { dir: string; backend: Backend } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, backend: createBackend({ dataDir: dir, resourcesDir: sourceResourcesDir(), host: 'web' }) };
}

export function closeTestBackend(dir: string, backend: Backend): void {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Calls through the contract (validation included): `raw` keeps the envelope, `call` unwraps it. */
export function contractCaller(getBackend: () => Backend): {
  raw: (name: string, args: unknown[]) => Promise<Envelope<unknown>>;
  call: <T>(name: string, args: unknown[]) => Promise<T>;
} {
  const raw = (name: string, args: unknown[]): Promise<Envelope<unknown>> =>
    dispatch(getBackend().handlers, name as never, args as never) as Promise<Envelope<unknown>>;
  const call = async <T>(name: string, args: unknown[]): Promise<T> => {
    const res = await raw(name, args);
    if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
    return res.value as T;
  };
  return { raw, call };
}
