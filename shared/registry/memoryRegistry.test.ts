import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineLookups, createMemoryRegistry } from './memoryRegistry.ts';
import type { RegistryDoc } from './registryDoc.ts';
import { parseRegistrySeed } from './registrySeed.ts';

function seedDocs(): RegistryDoc[] {
  const file = path.resolve(import.meta.dirname, '../../templates/registry/seed.json');
  const parsed = parseRegistrySeed(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.messageEn);
  return parsed.seed.documents;
}

describe('createMemoryRegistry over the built-in seed', () => {
  const reg = createMemoryRegistry(seedDocs());

  it('finds a decision however its symbol is typed', () => {
    for (const typed of ['705/QĐ-TTg', '705/QĐ-TTG', '705/QD-TTg', '705 / QĐ- TTg']) {
      const found = reg.byNumberSymbol(typed);
      expect(found.map((d) => d.date)).toEqual(['2017-05-25']);
    }
    expect(reg.byNumberSymbol('705/QĐ-UBND')).toEqual([]);
  });

  it('knows the law on promulgation dated 22/6/2015, so 22/6/2016 can be caught', () => {
    const [law] = reg.byNumberSymbol('80/2015/QH13');
    expect(law?.date).toBe('2015-06-22');
    expect(law?.issuer).toBe('Quốc hội');
  });

  it('finds laws by name and picks by year when two laws share a name', () => {
    expect(reg.byName('Luật Phổ biến, giáo dục pháp luật năm 2012').map((d) => d.numberSymbol)).toEqual([
      '14/2012/QH13',
    ]);
    const both = reg
      .byName('Luật Ban hành văn bản quy phạm pháp luật')
      .map((d) => d.numberSymbol)
      .sort();
    expect(both).toEqual(['64/2025/QH15', '80/2015/QH13']);
    expect(
      reg.byName('Luật ban hành văn bản quy phạm pháp luật năm 2015').map((d) => d.numberSymbol),
    ).toEqual(['80/2015/QH13']);
  });

  it('finds a law by the initialism plans define for it', () => {
    expect(reg.byName('Luật PBGDPL').map((d) => d.numberSymbol)).toEqual(['14/2012/QH13']);
    expect(reg.byName('Luật HGOCS').map((d) => d.numberSymbol)).toEqual(['35/2013/QH13']);
    expect(reg.byName('Luật XYZ')).toEqual([]);
  });

  it('searches without accents', () => {
    const hits = reg.search('pho bien giao duc').map((d) => d.numberSymbol);
    expect(hits).toContain('14/2012/QH13');
    expect(hits).toContain('705/QĐ-TTg');
    expect(hits).not.toContain('30/2020/NĐ-CP');
    expect(reg.search('hoa giai o co so').map((d) => d.numberSymbol)).toContain('35/2013/QH13');
  });

  it('combines registries, the first one winning for the same document', () => {
    const corrected: RegistryDoc = { ...reg.byNumberSymbol('705/QĐ-TTg')[0]!, id: 'user-1', note: 'đã sửa' };
    const other: RegistryDoc = { ...corrected, id: 'user-2', date: '2018-01-01' };
    const both = combineLookups(createMemoryRegistry([corrected, other]), reg);
    const found = both.byNumberSymbol('705/QĐ-TTg');
    expect(found.map((d) => d.id)).toEqual(['user-1', 'user-2']);
  });
});
