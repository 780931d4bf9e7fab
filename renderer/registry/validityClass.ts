import type { ValidityKind } from '../../shared/registry/validity.ts';

/** The tag class of a validity: in force, not valid (not yet, replaced, expired), or unverified. */
export function validityClass(kind: ValidityKind): string {
  if (kind === 'in_force') return 'tag-valid';
  return kind === 'unverified' ? 'tag-unverified' : 'tag-stale';
}
