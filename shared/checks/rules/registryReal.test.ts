import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import seedJson from '../../../templates/registry/seed.json' with { type: 'json' };
import { importText } from '../../import/importText.ts';
import { createMemoryRegistry } from '../../registry/memoryRegistry.ts';
import { parseRegistrySeed } from '../../registry/registrySeed.ts';
import { applyFix } from '../applyFix.ts';
import { checkPlan } from '../checkPlan.ts';

const seed = parseRegistrySeed(seedJson);
if (!seed.ok) throw new Error(seed.messageEn);
const registry = createMemoryRegistry(seed.seed.documents);
const real = new URL('../../../test/fixtures/real/', import.meta.url);
const plan = (file: string) => importText(readFileSync(new URL(file, real), 'utf8')).plan;
const registryFindings = (file: string) =>
  checkPlan(plan(file), { registry }).filter((f) => f.rule.startsWith('registry.'));

/** The real documents of the corpus, checked against the built-in registry (issue 11). */
describe('registry checks on real signed documents', () => {
  it('Hòa Bình QĐ 35/2022 dates Luật Ban hành VBQPPL "22/6/2016": caught, with the 2015 date as fix', () => {
    const file = 'hoabinh-qd-35-2022-quyche-theodoi-thpl.txt';
    const found = registryFindings(file);
    // The amending laws' own dates ("Luật sửa đổi … của Luật … ngày 22/11/2019", "… ngày 18/6/2020") are not the amended law's.
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([
      ['registry.law-date', 'ngày 22 tháng 6 năm 2016'],
    ]);
    const fix = found[0]?.fix;
    expect(fix?.replacement).toBe('ngày 22 tháng 06 năm 2015');
    const fixed = applyFix(plan(file), fix!);
    expect(fixed).not.toBeNull();
    expect(checkPlan(fixed!, { registry }).filter((f) => f.rule === 'registry.law-date')).toEqual([]);
  });

  it('Phú Thọ KH 1902/2023 titles Nghị quyết 27-NQ/TW "09/12/2022", its body "09/11/2022": the title is flagged', () => {
    const found = registryFindings('phutho-kh-1902-nghiquyet27-2023.txt');
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([['registry.date-mismatch', 'NGÀY 09/12/2022']]);
  });

  it('the other real documents give no registry finding: no false swapped digits, law dates or validity', () => {
    const others = readdirSync(real).filter(
      (f) =>
        f.endsWith('.txt') &&
        f !== 'hoabinh-qd-35-2022-quyche-theodoi-thpl.txt' &&
        f !== 'phutho-kh-1902-nghiquyet27-2023.txt',
    );
    expect(others.length).toBeGreaterThan(5);
    for (const f of others)
      expect(
        registryFindings(f).map((x) => x.message),
        f,
      ).toEqual([]);
    // And the plans of test/fixtures (the Lạng Sơn seed among them), each on its own date.
    const plans = new URL('../', real);
    for (const f of readdirSync(plans).filter((x) => x.endsWith('.txt'))) {
      const found = checkPlan(importText(readFileSync(new URL(f, plans), 'utf8')).plan, { registry });
      expect(
        found.filter((x) => x.rule.startsWith('registry.')).map((x) => x.message),
        f,
      ).toEqual([]);
    }
  });
});
