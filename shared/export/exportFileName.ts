import type { Plan } from '../model/plan.ts';

/**
 * A file name a clerk recognises: "KH-BCĐ_05_2021.docx", "KH-BCĐ_2021_du-thao.docx". Characters
 * Windows forbids in names are replaced; Vietnamese letters are kept.
 */
export function exportFileName(plan: Plan, draft: boolean): string {
  const symbol = plan.header.symbol.replace(/[\\/:*?"<>|\s]+/g, '-') || 'KH';
  const parts = [symbol];
  if (plan.header.number) parts.push(plan.header.number.padStart(2, '0'));
  parts.push(String(plan.year));
  if (draft) parts.push('du-thao');
  return `${parts.join('_')}.docx`.normalize('NFC');
}
