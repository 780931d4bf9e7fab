import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberSymbolKey, splitNumberSymbol } from './numberSymbol.ts';
import { registryDocSchema } from './registryDoc.ts';
import { contentHash, parseRegistrySeed } from './registrySeed.ts';

const file = path.resolve(import.meta.dirname, '../../templates/registry/seed.json');
const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: unknown[] };

describe('templates/registry/seed.json', () => {
  const parsed = parseRegistrySeed(raw);

  it('parses as a whole', () => {
    expect(parsed.ok ? 'ok' : parsed.messageEn).toBe('ok');
  });

  it('hashes the entries as JSON.stringify writes them (the store re-syncs when the hash changes)', () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    expect(parsed.seed.hash).toBe(contentHash(JSON.stringify(parsed.seed.documents)));
    const changed = structuredClone(raw) as { documents: { summary: string }[] };
    changed.documents[0]!.summary += ' (sửa đổi)';
    const other = parseRegistrySeed(changed);
    expect(other.ok && other.seed.hash).not.toBe(parsed.seed.hash);
  });

  it('every entry is a valid registry document with a source', () => {
    for (const doc of raw.documents) {
      const d = registryDocSchema.parse(doc);
      expect(d.source.trim().length, d.id).toBeGreaterThan(20);
    }
  });

  it('has unique ids and unique identifiers', () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    const docs = parsed.seed.documents;
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => numberSymbolKey(d.numberSymbol))).size).toBe(docs.length);
    expect(docs.length).toBeGreaterThanOrEqual(15);
  });

  it('keeps number, year and symbol consistent with the identifier', () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    for (const d of parsed.seed.documents) {
      expect(splitNumberSymbol(d.numberSymbol), d.id).toEqual({
        number: d.number,
        year: d.year,
        symbol: d.symbol,
      });
      if (d.year !== null && d.date !== null) expect(d.date.startsWith(String(d.year)), d.id).toBe(true);
    }
  });

  it('never states a status without naming what replaced it or a source for it', () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    for (const d of parsed.seed.documents) {
      if (d.status === 'replaced') {
        expect(d.replacedBy, d.id).not.toBeNull();
        expect(d.source, d.id).toContain('thay thế');
      } else expect(d.replacedBy, d.id).toBeNull();
    }
  });

  it('keeps validity dates and successors consistent (issue 11)', () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    const docs = parsed.seed.documents;
    const known = new Set(docs.map((d) => numberSymbolKey(d.numberSymbol)));
    expect(docs.length).toBeGreaterThanOrEqual(150);
    for (const d of docs) {
      const from = d.effectiveFrom ?? null;
      const until = d.effectiveUntil ?? null;
      if (from !== null && until !== null) expect(from < until, d.id).toBe(true);
      // A successor is a document the registry knows, so the checks can name it with its date.
      for (const s of d.successors ?? []) expect(known.has(numberSymbolKey(s)), `${d.id} → ${s}`).toBe(true);
      if (d.replacedBy !== null) expect(d.successors ?? [], d.id).toContain(d.replacedBy);
      // A document still in force has no end date; one that ended says so.
      if (until !== null) expect(['replaced', 'expired'], d.id).toContain(d.status);
    }
  });

  it('defaults the validity fields of an entry written before they existed', () => {
    const docs = raw.documents as Record<string, unknown>[];
    const { effectiveFrom: _f, effectiveUntil: _u, successors: _s, ...old } = docs[0]!;
    const legacy = parseRegistrySeed({ description: '', documents: [old] });
    if (!legacy.ok) throw new Error(legacy.messageEn);
    expect(legacy.seed.documents[0]).toMatchObject({
      effectiveFrom: null,
      effectiveUntil: null,
      successors: [],
    });
  });

  it("contains the seed plan's own citations with its dates", () => {
    if (!parsed.ok) throw new Error(parsed.messageEn);
    const byNs = new Map(parsed.seed.documents.map((d) => [d.numberSymbol, d]));
    expect(byNs.get('113/KH-UBND')?.date).toBe('2017-06-20');
    expect(byNs.get('152/KH-UBND')?.date).toBe('2017-09-01');
    expect(byNs.get('2658/QĐ-BTP')?.issuer).toBe('Bộ Tư pháp');
    expect(byNs.get('2559/QĐ-UBND')?.date).toBe('2020-12-15');
    expect(byNs.get('1824/QĐ-UBND')?.issuer).toBe('Chủ tịch UBND tỉnh Lạng Sơn');
  });

  it('refuses a seed with a duplicate identifier', () => {
    const docs = raw.documents as Record<string, unknown>[];
    const dup = { ...docs[0], id: 'other' };
    const bad = parseRegistrySeed({ description: '', documents: [...docs, dup] });
    expect(bad.ok).toBe(false);
  });

  it('changes its hash when the content changes', () => {
    const docs = raw.documents as Record<string, unknown>[];
    const edited = parseRegistrySeed({
      description: '',
      documents: [{ ...docs[0], note: 'khác' }, ...docs.slice(1)],
    });
    if (!parsed.ok || !edited.ok) throw new Error('seed');
    expect(edited.seed.hash).not.toBe(parsed.seed.hash);
  });
});
