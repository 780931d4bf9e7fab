import type { InvalidField } from '../../../shared/model/savablePlan.ts';

/**
 * Whether two saves left out the same values (same fields, same messages): each autosave reports its
 * list anew, and the marks keep their array when nothing changed, so the marked inputs do not
 * re-render after every save.
 */
export function sameInvalid(a: readonly InvalidField[], b: readonly InvalidField[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return g !== undefined && f.key === g.key && f.message === g.message && f.messageEn === g.messageEn;
    })
  );
}
