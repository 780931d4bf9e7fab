/**
 * Run `task` when the main thread is idle (after the frame's work), or after `timeoutMs` at the
 * latest; returns the cancel. Falls back to a timer where requestIdleCallback is missing.
 */
export function whenIdle(
  task: (deadline: { timeRemaining: () => number }) => void,
  timeoutMs = 1000,
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => task({ timeRemaining: () => 8 }), 16);
  return () => clearTimeout(id);
}
