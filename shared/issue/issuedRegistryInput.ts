import { padDocNumber } from '../format/nd30Text.ts';
import type { Plan } from '../model/plan.ts';
import type { RegistryDoc } from '../registry/registryDoc.ts';
import type { RegistryDocInput } from '../registry/registryInput.ts';

/** Where a registry entry written by issuing says it came from (followed by the plan's title). */
export const ISSUED_SOURCE_PREFIX = 'Ban hành trong PlanDraft';

/** "KẾ HOẠCH" → "Kế hoạch": the registry names types as citations do. */
export function registryTypeOf(typeName: string): string {
  const t = typeName.normalize('NFC').trim().toLocaleLowerCase('vi');
  return t === '' ? 'Kế hoạch' : t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/**
 * The registry entry of a plan that has just been issued (its header carries the number and the
 * date), so that next year's plan can cite it: "Kế hoạch số 05/KH-BCĐ ngày 05/01/2021 của …".
 */
export function issuedRegistryInput(plan: Plan): RegistryDocInput {
  const { number, symbol, issueDate, issuingBody } = plan.header;
  const { day, month, year } = issueDate;
  const date =
    day !== null && month !== null && year !== null
      ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : null;
  const title = plan.summary.trim();
  return {
    type: registryTypeOf(plan.typeName),
    // As printed and as next year's plan cites it: "05/KH-BCĐ" (NĐ 30 leading zero).
    numberSymbol: `${padDocNumber(number)}/${symbol.replace(/\s+/g, '')}`,
    date,
    issuer: issuingBody,
    summary: title,
    status: 'in_force',
    source: title === '' ? ISSUED_SOURCE_PREFIX : `${ISSUED_SOURCE_PREFIX}: ${title}`,
    note: '',
  };
}

const issuerKey = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The registry entry that already stands for the document being issued, if any: the same
 * number/symbol (the caller looks those up), the same issuer, and the same year — a plan's symbol
 * carries no year ("05/KH-UBND" comes back every January), so another year's entry is another
 * document. An undated entry with the same number and issuer is taken to be this one.
 */
export function sameIssuedEntry(
  candidates: readonly RegistryDoc[],
  input: RegistryDocInput,
): RegistryDoc | null {
  const year = input.date?.slice(0, 4) ?? null;
  return (
    candidates.find(
      (d) =>
        issuerKey(d.issuer) === issuerKey(input.issuer ?? '') &&
        (d.date === null || year === null || d.date.slice(0, 4) === year),
    ) ?? null
  );
}
