import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../../test/corpus/docxParagraphs.ts';
import { isSpaceCode, keptAsIs, NOT_KEPT, prepareFully, prepareText, squash } from './textPrep.ts';

// The fast forms of textPrep (issue 13) must answer as the plain ones: isSpaceCode as /\s/, squash as
// replace(/\s+/g, ' ').trim(), on every UTF-16 unit, the real texts and random strings.

const fixtures = fileURLToPath(new URL('../../test/fixtures', import.meta.url));
const realLines = [fixtures, join(fixtures, 'real')].flatMap((dir) =>
  readdirSync(dir).flatMap((f) => {
    if (f.endsWith('.txt')) return readFileSync(join(dir, f), 'utf8').split('\n');
    return f.endsWith('.docx') ? docxParagraphs(readFileSync(join(dir, f))) : [];
  }),
);

const SPACES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u200b',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u001f',
];
const pieces = fc.array(fc.constantFrom(...SPACES, 'Ủy ban', 'nhân dân', 'a', ',', 'Đ'), { maxLength: 12 });
const anyStrings = fc.oneof(
  pieces.map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const plainSquash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('isSpaceCode', () => {
  it('is /\\s/ for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch)) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
    }
  });
});

describe('squash', () => {
  it('equals the plain form on every real paragraph and on the paragraphs squashed', () => {
    expect(realLines.length).toBeGreaterThan(500);
    for (const line of realLines) {
      expect(squash(line)).toBe(plainSquash(line));
      expect(squash(plainSquash(line))).toBe(plainSquash(line));
    }
  });

  it('equals the plain form on random strings', () => {
    fc.assert(
      fc.property(anyStrings, (s) => {
        expect(squash(s)).toBe(plainSquash(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('prepareText', () => {
  // Its fast path returns a text of keptAsIs units as it is: that must be what normalising and
  // mapping it would give, for every such unit alone and next to every other (no two compose).
  const kept: string[] = [];
  for (let c = 0; c < 0x10000; c += 1) if (keptAsIs(c)) kept.push(String.fromCharCode(c));

  it('finds by NOT_KEPT exactly the units keptAsIs does not keep', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      if (NOT_KEPT.test(ch) === keptAsIs(c)) expect(`U+${c.toString(16)}`).toBe('found by one of them');
    }
  });

  it('keeps every keptAsIs unit: NFC, not a mark, mapped to itself', () => {
    expect(kept.length).toBeGreaterThan(900);
    for (const ch of kept) {
      if (prepareFully(ch).text !== ch || /\p{M}/u.test(ch))
        expect(`U+${ch.charCodeAt(0).toString(16)}`).toBe('kept as is');
    }
  });

  it('keeps every pair of keptAsIs units NFC', () => {
    for (const a of kept)
      for (const b of kept) {
        const s = a + b;
        if (s.normalize('NFC') !== s) expect(`${a}${b}`).toBe(s.normalize('NFC'));
      }
  });

  it('equals the full preparation on real paragraphs and random strings', () => {
    for (const line of realLines) {
      const fast = prepareText(line);
      const full = prepareFully(line);
      expect(fast.text).toBe(full.text);
      expect(fast.sameOffsets).toBe(full.sameOffsets);
    }
    fc.assert(
      fc.property(anyStrings, (s) => {
        const fast = prepareText(s);
        const full = prepareFully(s);
        expect(fast.text).toBe(full.text);
        expect(fast.sameOffsets).toBe(full.sameOffsets);
        for (let i = 0; i <= s.length; i += 1) expect(fast.toOriginal(i)).toBe(full.toOriginal(i));
      }),
    );
  });
});
