import { useMemo, useState } from 'react';
import { numberPlan, type NumberLabel } from '../../shared/model/numbering.ts';
import type { Plan } from '../../shared/model/plan.ts';

type Numbers = ReadonlyMap<string, NumberLabel>;

const sameLabel = (a: NumberLabel, b: NumberLabel): boolean =>
  a.label === b.label && a.prefix === b.prefix && a.depth === b.depth && a.sectionId === b.sectionId;

/**
 * `next` when the numbering changed, else `previous` itself. A keystroke renumbers nothing, and a
 * numbers map that keeps its identity lets every memoised section skip its render (issue 13).
 */
export function stableNumbers(previous: Numbers | null, next: Numbers): Numbers {
  if (previous === next) return previous;
  if (previous === null || previous.size !== next.size) return next;
  for (const [id, label] of next) {
    const old = previous.get(id);
    if (!old || !sameLabel(old, label)) return next;
  }
  return previous;
}

/** The plan's numbers (numberPlan), the same map from render to render until one number changes. */
export function useStableNumbers(plan: Plan): Numbers {
  const fresh = useMemo(() => numberPlan(plan), [plan]);
  const [numbers, setNumbers] = useState(fresh);
  // Adjusting state from the previous render (React's documented pattern): a renumbered plan
  // re-renders at once with its new numbers.
  if (numbers !== fresh && stableNumbers(numbers, fresh) !== numbers) {
    setNumbers(fresh);
    return fresh;
  }
  return numbers;
}
