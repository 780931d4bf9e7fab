import { errorInfo, type Envelope, type ErrorInfo } from '../../shared/contract/appError.ts';

/**
 * The logic of useApiQuery / useApiAction without React, so that it is tested as plain functions
 * (the unit tests run in Node, without a DOM).
 */

/** A call that never rejects: a thrown error (a bug, a file that cannot be read) becomes an envelope. */
export async function settle<T>(call: () => Promise<Envelope<T>>): Promise<Envelope<T>> {
  try {
    return await call();
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  }
}

/**
 * Drops stale results: only the latest request of its owner, while the owner is mounted, may
 * change what the user sees. A component that fires a second request (other arguments, a second
 * click) or unmounts never gets the first one's answer painted over the newer state.
 */
export class StaleGuard {
  #generation = 0;
  #mounted = true;

  /** Starts a request; the returned check is true while it is the latest one and the owner lives. */
  begin(): () => boolean {
    const generation = ++this.#generation;
    return () => this.#mounted && generation === this.#generation;
  }

  /** StrictMode mounts, unmounts and mounts again: the second mount must count. */
  mount(): void {
    this.#mounted = true;
  }

  unmount(): void {
    this.#mounted = false;
  }
}

/** What a query shows: the last good value (kept while a newer request runs) and the last error. */
export interface QueryState<T, K> {
  /** The request (query function and reload count) the state answers. */
  key: K | null;
  data: T | null;
  error: ErrorInfo | null;
}

export function emptyQueryState<T, K>(): QueryState<T, K> {
  return { key: null, data: null, error: null };
}

/** A result lands: a value replaces the data and clears the error; an error keeps the old data. */
export function applyResult<T, K>(state: QueryState<T, K>, key: K, result: Envelope<T>): QueryState<T, K> {
  return result.ok
    ? { key, data: result.value, error: null }
    : { key, data: state.data, error: result.error };
}

/** Loading while the state does not answer the current request yet. */
export function isLoading<K>(
  state: QueryState<unknown, K>,
  key: K | null,
  sameKey: (a: K, b: K) => boolean,
): boolean {
  if (key === null) return false;
  return state.key === null || !sameKey(state.key, key);
}
