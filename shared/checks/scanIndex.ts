import { fieldKey, fieldNodeId } from '../model/fields/fieldAddress.ts';
import type { ScannedText, PlanScan } from '../citations/planCitations.ts';

const byNode = new WeakMap<PlanScan, Map<string | null, ScannedText[]>>();
const byKey = new WeakMap<PlanScan, Map<string, ScannedText[]>>();

function indexBy<K>(texts: readonly ScannedText[], key: (t: ScannedText) => K): Map<K, ScannedText[]> {
  const index = new Map<K, ScannedText[]>();
  for (const t of texts) {
    const k = key(t);
    const list = index.get(k);
    if (list) list.push(t);
    else index.set(k, [t]);
  }
  return index;
}

/**
 * The texts of a scan by the node they belong to, in document order, built once per scan: looking
 * a task's texts up by filtering every text was quadratic (issue 13).
 */
export function textsByNode(scan: PlanScan): Map<string | null, ScannedText[]> {
  let index = byNode.get(scan);
  if (index === undefined) {
    index = indexBy(scan.texts, (t) => fieldNodeId(t.location.address));
    byNode.set(scan, index);
  }
  return index;
}

/** The texts of a scan by their field (fieldKey), in document order (one per paragraph), built once per scan. */
export function textsByField(scan: PlanScan): Map<string, ScannedText[]> {
  let index = byKey.get(scan);
  if (index === undefined) {
    index = indexBy(scan.texts, (t) => fieldKey(t.location.address));
    byKey.set(scan, index);
  }
  return index;
}
