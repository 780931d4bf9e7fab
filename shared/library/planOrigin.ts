import type { PlanOrigin, RevisionKind } from '../contract/records.ts';

/** The note of a duplicate's first revision; planOrigin reads the source's title after it. */
export const DUPLICATE_NOTE = 'Nhân bản từ kế hoạch: ';
/** The note of a plan created from a template ("Tạo từ mẫu langson-2021"). */
export const TEMPLATE_NOTE = 'Tạo từ mẫu ';

/** What the library knows of a plan's first revision and of the plan it is linked to. */
export interface OriginFacts {
  firstKind: RevisionKind | null;
  firstNote: string;
  predecessorId: string | null;
  /** null when the linked plan is no longer in the workspace (its bin was emptied). */
  predecessor: { title: string; year: number; numberSymbol: string } | null;
}

/**
 * Where a plan came from, derived from what the store already keeps (the kind and note of its first
 * revision, its predecessor link), so that no migration is needed and old plans get an origin too.
 */
export function planOrigin(facts: OriginFacts): PlanOrigin {
  const { firstKind, firstNote, predecessorId, predecessor } = facts;
  if (firstKind === 'import') {
    // "Nhập từ ke-hoach-2024.docx: 120/130 đoạn, 14 nhiệm vụ"
    const m = /^Nhập từ (.+?): \d+\/\d+ đoạn/u.exec(firstNote);
    return { kind: 'import', fileName: m?.[1] ?? null };
  }
  if (firstKind === 'rollover') {
    return { kind: 'rollover', fromTitle: predecessor?.title ?? null, fromYear: predecessor?.year ?? null };
  }
  if (firstKind === 'create' && predecessorId !== null) {
    return {
      kind: 'amendment',
      fromTitle: predecessor?.title ?? null,
      fromNumber: predecessor?.numberSymbol ?? null,
    };
  }
  if (firstKind === 'create' && firstNote.startsWith(DUPLICATE_NOTE)) {
    return { kind: 'duplicate', fromTitle: firstNote.slice(DUPLICATE_NOTE.length) };
  }
  if (firstKind === 'create' && firstNote.startsWith(TEMPLATE_NOTE)) {
    return { kind: 'template', templateId: firstNote.slice(TEMPLATE_NOTE.length).trim() || null };
  }
  return { kind: 'other' };
}
