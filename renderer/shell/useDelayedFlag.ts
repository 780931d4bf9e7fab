import { useEffect, useState } from 'react';

/**
 * `flag` once it has stayed true for `delayMs`: a "checking…" line that would only flash for an
 * instant answer is not shown at all (the export gate's checks usually take a few milliseconds).
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    // The flag fell (or the delay changed): start over from hidden.
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delayMs]);
  return flag && shown;
}
