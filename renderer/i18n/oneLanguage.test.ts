import { describe, expect, it } from 'vitest';
import { errorCodeMessages } from '../../shared/contract/errorCodes.ts';
import { planFields } from '../../shared/model/fields/planFields.ts';
import { planTexts } from '../../shared/model/walk.ts';
import { planStatusLabels } from '../../shared/model/planStatus.ts';
import { DOCUMENT_TYPES } from '../../shared/legal/documentTypes.ts';
import { seedPlan } from '../../shared/checks/testPlans.ts';
import { RULES, checkPlan } from '../../shared/checks/checkPlan.ts';
import {
  EXAMPLE_OPTIONS,
  RULE_EXAMPLES,
  applyCheckExample,
} from '../../shared/checks/ruleExamples.testkit.ts';
import { backupMessages } from '../backup/backupText.ts';
import { checksMessages, clauseText } from '../checks/checksText.ts';
import { CLAUSES } from '../../shared/legal/clauses.ts';
import { historyMessages as editorHistoryMessages } from '../editor/history/historyText.ts';
import { invalidMessages } from '../editor/invalid/invalidText.ts';
import { windowMessages } from '../editor/window/windowText.ts';
import { exportGateMessages } from '../export/exportGateText.ts';
import { historyMessages } from '../history/historyText.ts';
import { issueMessages } from '../issue/issueText.ts';
import { libraryMessages } from '../library/libraryText.ts';
import { registryMessages } from '../registry/registryText.ts';
import { reuseMessages } from '../reuse/reuseText.ts';
import { reviewMessages } from '../review/reviewText.ts';
import { englishIn, vietnameseIn } from './languageMarkers.ts';
import { appMessages, type Messages } from './messages.ts';

/** Every dictionary of the renderer, and the shared tables the UI shows. */
const dictionaries: Record<string, Messages<string>> = {
  app: appMessages,
  backup: backupMessages,
  checks: checksMessages,
  editorHistory: editorHistoryMessages,
  invalid: invalidMessages,
  window: windowMessages,
  exportGate: exportGateMessages,
  history: historyMessages,
  issue: issueMessages,
  library: libraryMessages,
  registry: registryMessages,
  reuse: reuseMessages,
  review: reviewMessages,
};

const TYPE_NAME_RE = new RegExp(
  DOCUMENT_TYPES.flatMap((t) => [t.name, t.name.toLocaleUpperCase('vi')])
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/** Pairs [where, vietnamese, english] of every table. */
function pairs(): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const [name, m] of Object.entries(dictionaries))
    for (const key of Object.keys(m.vi)) out.push([`${name}.${key}`, m.vi[key]!, m.en[key]!]);
  for (const [code, m] of Object.entries(errorCodeMessages)) out.push([`errorCodes.${code}`, m.vi, m.en]);
  for (const [s, m] of Object.entries(planStatusLabels)) out.push([`status.${s}`, m.vi, m.en]);
  for (const f of planFields(seedPlan())) out.push([`field.${f.key}`, f.label, f.labelEn]);
  return out;
}

describe('one language at a time', () => {
  it('no English text of a message table holds Vietnamese, and no Vietnamese text English', () => {
    const mixed = pairs().flatMap(([where, vi, en]) => {
      const problems: string[] = [];
      const v = vietnameseIn(en);
      if (v) problems.push(`${where} (en has "${v}"): ${en}`);
      const e = englishIn(vi);
      if (e) problems.push(`${where} (vi has "${e}"): ${vi}`);
      return problems;
    });
    expect(mixed).toEqual([]);
  });

  it('no rule title mixes the languages', () => {
    const mixed = RULES.flatMap((r) =>
      [
        vietnameseIn(r.titleEn) ? `${r.id} en: ${r.titleEn}` : null,
        englishIn(r.title) ? `${r.id} vi: ${r.title}` : null,
      ].filter((x) => x !== null),
    );
    expect(mixed).toEqual([]);
  });

  it('every finding of the check examples speaks one language in each of its two messages', () => {
    const seed = seedPlan();
    const ruleIds = new Set(RULES.map((r) => r.id as string));
    const mixed = new Set<string>();
    for (const [rule, examples] of Object.entries(RULE_EXAMPLES)) {
      if (!ruleIds.has(rule)) continue; // a verify rule reads a .docx, not a plan
      for (const example of examples.fails) {
        const plan = applyCheckExample(seed, example);
        // The plan's own words may be named in either language (a cited law's name, a quoted
        // phrase), and so may the legal names of document types ("Kế hoạch", "Quyết định").
        const words = new Set(planTexts(plan).flatMap((x) => x.text.split(/[\s,.;:()"“”]+/u)));
        const own = (text: string) =>
          text
            .split(/(\s+)/u)
            .map((w) => (words.has(w.replace(/[,.;:]$/u, '')) ? ' ' : w))
            .join('')
            .replace(TYPE_NAME_RE, ' ');
        for (const f of checkPlan(plan, EXAMPLE_OPTIONS)) {
          const v = vietnameseIn(own(f.messageEn));
          const e = englishIn(f.message);
          if (v) mixed.add(`${f.rule} en "${v}": ${f.messageEn}`);
          if (e) mixed.add(`${f.rule} vi "${e}": ${f.message}`);
          if (f.fix && vietnameseIn(own(f.fix.labelEn))) mixed.add(`${f.rule} fix en: ${f.fix.labelEn}`);
        }
      }
    }
    expect([...mixed]).toEqual([]);
  });

  it('names the clause a finding rests on in English in the English UI', () => {
    for (const c of Object.values(CLAUSES)) {
      expect(vietnameseIn(clauseText(c.ref, 'en')), c.ref).toBeNull();
      expect(clauseText(c.ref, 'vi')).toBe(c.ref);
    }
    expect(clauseText('NĐ 30/2020, PL I, II.6.b', 'en')).toBe('Decree 30/2020, Appendix I, II.6.b');
  });

  it('the markers tell the languages apart', () => {
    expect(vietnameseIn('Lưu phiên bản')).toBe('ư');
    expect(vietnameseIn('Save a named version')).toBeNull();
    expect(englishIn('Đã lưu · autosave')).toBe('autosave');
    expect(vietnameseIn('Plan not found: Không tìm thấy kế hoạch')).toBe('ô');
    // A quoted or glossed document word and a number/symbol are the plan's own words.
    expect(vietnameseIn('The "Lưu" line of 705/QĐ-TTg, Summary (trích yếu)')).toBeNull();
    expect(englishIn('Xuất Word cho PlanDraft (Ctrl+E)')).toBeNull();
  });
});
