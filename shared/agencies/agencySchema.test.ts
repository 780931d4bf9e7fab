import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberSymbolKey } from '../registry/numberSymbol.ts';
import { parseRegistrySeed } from '../registry/registrySeed.ts';
import { agencyDirectorySchema, checkDirectory, validOn, type AgencyDirectory } from './agencySchema.ts';

const read = (rel: string): unknown =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, rel), 'utf8'));
const raw = read('../../templates/agencies/agencies.json');

describe('templates/agencies/agencies.json', () => {
  const parsed = agencyDirectorySchema.safeParse(raw);
  const dir = parsed.data as AgencyDirectory;

  it('parses against the schema', () => {
    expect(parsed.success ? 'ok' : parsed.error.issues.slice(0, 3)).toBe('ok');
  });

  it('has a source for every fact, known references and ordered validity ranges', () => {
    expect(checkDirectory(dir)).toEqual([]);
  });

  it('is NFC text throughout', () => {
    const text = JSON.stringify(raw);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('ties sources that are legal documents to entries of the built-in registry', () => {
    const seed = parseRegistrySeed(read('../../templates/registry/seed.json'));
    if (!seed.ok) throw new Error(seed.messageEn);
    const known = new Set(seed.seed.documents.map((d) => numberSymbolKey(d.numberSymbol)));
    for (const [sid, s] of Object.entries(dir.sources))
      if (s.numberSymbol !== null) expect(known.has(numberSymbolKey(s.numberSymbol)), sid).toBe(true);
  });

  it('answers the rollover questions of the Lạng Sơn 2021 seed plan', () => {
    const byId = new Map(dir.agencies.map((a) => [a.id, a]));
    const tnmt = byId.get('lang-son-so-tai-nguyen-va-moi-truong')!;
    expect(validOn(tnmt, '2021-01-15')).toBe(true);
    expect(validOn(tnmt, '2027-01-15')).toBe(false);
    expect(tnmt.successors.map((s) => byId.get(s)?.name)).toEqual([
      'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn',
    ]);
    // The district level ends on 1/7/2025; the plan's "UBND các huyện, thành phố" has a successor group.
    const huyen = dir.groups.find((g) => g.id === 'lang-son-ubnd-cac-huyen-thanh-pho')!;
    expect(validOn(huyen, '2025-06-30')).toBe(true);
    expect(validOn(huyen, '2025-07-01')).toBe(false);
    expect(huyen.successors).toEqual(['lang-son-ubnd-cac-xa-phuong']);
    // Bodies the plan names that still exist in 2027 stay valid.
    for (const id of ['lang-son-so-tu-phap', 'lang-son-cong-an-tinh', 'lang-son-ubnd-tinh', 'bo-tu-phap'])
      expect(validOn(byId.get(id)!, '2027-01-15'), id).toBe(true);
    // Ministries merged on 1/3/2025 point at the ministry that exists then.
    for (const a of dir.agencies.filter((x) => x.level === 'trung-uong' && x.validUntil === '2025-03-01'))
      for (const s of a.successors) expect(validOn(byId.get(s)!, '2025-03-01'), `${a.id} → ${s}`).toBe(true);
  });
});

describe('checkDirectory', () => {
  const base = (): AgencyDirectory =>
    agencyDirectorySchema.parse({
      description: 'x',
      sources: { s: { title: 't', url: null, quote: 'q' } },
      groups: [],
      agencies: [
        {
          id: 'a',
          name: 'Sở A',
          level: 'tinh',
          kind: 'co-quan-chuyen-mon',
          province: null,
          validUntil: '2025-03-01',
          successors: ['b'],
          facts: { name: ['s'], validUntil: ['s'], successors: ['s'] },
        },
        {
          id: 'b',
          name: 'Sở B',
          level: 'tinh',
          kind: 'co-quan-chuyen-mon',
          province: null,
          validFrom: '2025-03-01',
          facts: { name: ['s'], validFrom: ['s'] },
        },
      ],
    });

  it('accepts a sourced merger', () => {
    expect(checkDirectory(base())).toEqual([]);
  });

  it('flags a fact without a source, in both languages', () => {
    const d = base();
    delete d.agencies[0]!.facts.validUntil;
    expect(checkDirectory(d)).toEqual([
      { where: 'a', message: 'thiếu nguồn cho "validUntil"', messageEn: 'no source for "validUntil"' },
    ]);
  });

  it('flags an unknown source, an unknown successor and a successor that starts too late', () => {
    const d = base();
    d.agencies[1]!.facts.name = ['khong-co'];
    expect(checkDirectory(d).map((p) => p.messageEn)).toEqual(['unknown source: khong-co']);
    const late = base();
    late.agencies[1]!.validFrom = '2025-07-01';
    expect(checkDirectory(late).map((p) => p.messageEn)).toEqual(['b starts after a ends']);
    const missing = base();
    missing.agencies[0]!.successors = ['z'];
    expect(checkDirectory(missing).map((p) => p.messageEn)).toEqual(['unknown successor: z']);
  });

  it('flags a range that ends before it starts', () => {
    const d = base();
    d.agencies[1]!.validUntil = '2024-01-01';
    d.agencies[1]!.facts.validUntil = ['s'];
    expect(checkDirectory(d).map((p) => p.messageEn)).toContain('validUntil is not after validFrom');
  });
});
