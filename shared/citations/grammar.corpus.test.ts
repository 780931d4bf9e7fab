import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCitations } from './grammar.ts';
import type { ParsedCitation } from './types.ts';

// The citation grammar on the hand-labelled real documents (test/fixtures/real, issue 10): every
// citation text a label lists, as the document writes it, must be read with the labelled number and
// symbol (or, for a law cited by name, as a law of the labelled type and date). The labels are read
// as plain JSON here; their schema lives with the corpus.

interface LabelledCitation {
  text: string;
  type: string;
  numberSymbol: string | null;
  date: string | null;
  flag?: string;
}

const realDir = fileURLToPath(new URL('../../test/fixtures/real', import.meta.url));
const labelDir = join(realDir, 'labels');
const labels = readdirSync(labelDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(join(labelDir, f), 'utf8')) as {
        file: string;
        numberSymbol: string | null;
        citations: LabelledCitation[];
      },
  );

const NAMED_TYPES: Record<string, string> = {
  luat: 'Luật',
  'bo-luat': 'Bộ luật',
  'dieu-le': 'Điều lệ',
  'phap-lenh': 'Pháp lệnh',
};

function recognised(l: LabelledCitation, got: ParsedCitation[]): boolean {
  if (l.numberSymbol !== null) return got.some((c) => c.numberSymbol === l.numberSymbol);
  const type = NAMED_TYPES[l.type];
  return got.some((c) => c.name !== null && c.type === type && (l.date === null || c.date === l.date));
}

const all = labels.flatMap((l) => l.citations.map((c) => ({ file: l.file, c })));
const missed = all.filter(({ c }) => !recognised(c, parseCitations(c.text)));

describe('citation grammar on the labelled real corpus', () => {
  it('has labelled citations to read', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  // Recall on the labels' texts: 142/156 (91.0 %) before issue 10's grammar work, 156/156 after.
  it('reads every labelled citation with its number and symbol, or as the named law', () => {
    expect(missed.map(({ file, c }) => `${file}: ${c.text}`)).toEqual([]);
  });

  it.each(all.filter(({ c }) => c.flag === 'malformed-year' || c.flag === 'malformed-symbol-spacing'))(
    'keeps the malformed identifier as written in $file',
    ({ c }) => {
      const got = parseCitations(c.text).find((p) => p.numberSymbol !== null);
      expect(got?.numberSymbolWritten?.replace(/\s/g, '')).toBe(c.numberSymbol?.replace(/\s/g, ''));
    },
  );
});

// Web copies (.txt) read whole, hard wraps and all: every citation the grammar finds must be one the
// label lists (by number and symbol, or by the law's name inside a labelled text), and every labelled
// one must be found in its document.
describe('citation grammar over whole real documents', () => {
  const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
  const texts = labels.filter((l) => l.file.endsWith('.txt'));
  it.each(texts)('$file: every citation found is labelled, every labelled one is found', (l) => {
    const found = parseCitations(readFileSync(join(realDir, l.file), 'utf8'));
    const ids = new Set(
      [l.numberSymbol, ...l.citations.map((c) => c.numberSymbol)].filter((n) => n !== null).map(squeeze),
    );
    const labelled = l.citations.map((c) => squeeze(c.text));
    const extra = found.filter((c) =>
      c.numberSymbol !== null
        ? !ids.has(squeeze(c.numberSymbol))
        : !labelled.some((t) => c.name !== null && t.includes(squeeze(c.name))),
    );
    expect(extra.map((c) => c.text)).toEqual([]);
    const got = new Set(found.map((c) => squeeze(c.numberSymbol ?? c.name ?? '')));
    const missing = l.citations.filter((c) =>
      c.numberSymbol !== null
        ? !got.has(squeeze(c.numberSymbol))
        : !found.some((f) => f.name !== null && squeeze(c.text).includes(squeeze(f.name))),
    );
    expect(missing.map((c) => c.text)).toEqual([]);
  });
});
