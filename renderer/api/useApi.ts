import { useCallback, useEffect, useState } from 'react';
import type { Envelope, ErrorInfo } from '../../shared/contract/appError.ts';
import { useI18n } from '../i18n/I18n.tsx';
import {
  applyResult,
  emptyQueryState,
  isLoading,
  settle,
  StaleGuard,
  type QueryState,
} from './apiRequest.ts';

export interface ApiQuery<T> {
  /** The last value received (kept while a newer request runs), null before the first. */
  data: T | null;
  loading: boolean;
  error: ErrorInfo | null;
  /** The error's message in the UI language. */
  errorText: string | null;
  /** Asks again with the same arguments (after an edit elsewhere). */
  reload: () => void;
}

interface QueryKey {
  query: () => Promise<Envelope<unknown>>;
  reloads: number;
}

const sameKey = (a: QueryKey, b: QueryKey) => a.query === b.query && a.reloads === b.reloads;

/**
 * Reads from the back end over the result envelope. `query` must be memoised (useCallback with
 * its arguments as dependencies): a new function is a new request, and the answer of the previous
 * one is dropped when it arrives late, as it is after unmount. null: nothing to ask yet.
 */
export function useApiQuery<T>(query: (() => Promise<Envelope<T>>) | null): ApiQuery<T> {
  const { errorText } = useI18n();
  const [reloads, setReloads] = useState(0);
  const [state, setState] = useState<QueryState<T, QueryKey>>(emptyQueryState);
  const [guard] = useState(() => new StaleGuard());
  useEffect(() => {
    if (query === null) return;
    guard.mount();
    // A newer effect (other arguments, a reload) begins a newer request; cleanup covers unmount.
    const isCurrent = guard.begin();
    const key: QueryKey = { query, reloads };
    void settle(query).then((result) => {
      if (isCurrent()) setState((s) => applyResult(s, key, result));
    });
    return () => guard.unmount();
  }, [guard, query, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const key = query === null ? null : { query, reloads };
  return {
    data: state.data,
    loading: isLoading(state, key, sameKey),
    error: state.error,
    errorText: state.error ? errorText(state.error) : null,
    reload,
  };
}

export interface ApiAction {
  /**
   * Runs one call; resolves to its envelope, or null when the result is stale (a newer run of this
   * action started, or the component unmounted), in which case the caller should do nothing more.
   */
  run: <T>(call: () => Promise<Envelope<T>>) => Promise<Envelope<T> | null>;
  busy: boolean;
  error: ErrorInfo | null;
  errorText: string | null;
  /** Shows an error that did not come from a call (or null to clear it). */
  setError: (error: ErrorInfo | null) => void;
}

/** Writes to the back end (create, delete, import…): busy while it runs, its error until the next run. */
export function useApiAction(): ApiAction {
  const { errorText } = useI18n();
  const [guard] = useState(() => new StaleGuard());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => {
    guard.mount();
    return () => guard.unmount();
  }, [guard]);
  const run = useCallback(
    async <T>(call: () => Promise<Envelope<T>>): Promise<Envelope<T> | null> => {
      const isCurrent = guard.begin();
      setBusy(true);
      setError(null);
      const result = await settle(call);
      if (!isCurrent()) return null;
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result;
    },
    [guard],
  );
  return { run, busy, error, errorText: error ? errorText(error) : null, setError };
}
