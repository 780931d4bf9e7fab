import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUERS } from '../legal/issuers.ts';
import { issuerCode, matchIssuerCode, sameIssuer } from './issuers.ts';

// issuerCode remembers its answers (issue 13): asked again, across the memo's clearings, it answers
// as the plain matching does.

const NAMED = [
  ...ISSUERS.map((i) => i.name),
  'Chủ tịch UBND tỉnh',
  'UBND tỉnh',
  'Ủy ban nhân dân huyện Lộc Bình',
  'Thủ tướng Chính phủ',
  'TTg',
  'Ban Bí thư (Khóa IX)',
  'HĐND tỉnh',
  'Sở Tư pháp',
  'một cơ quan lạ',
  '',
];

describe('issuerCode', () => {
  it('answers as matchIssuerCode for known issuers and random strings, across clearings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...NAMED), fc.string({ maxLength: 30 })), { maxLength: 40 }),
        (list) => {
          for (const s of list) expect(issuerCode(s)).toBe(matchIssuerCode(s));
        },
      ),
      { numRuns: 300 },
    );
    for (let i = 0; i < 6000; i += 1) issuerCode(`Sở ${i}`);
    for (const s of NAMED) expect(issuerCode(s)).toBe(matchIssuerCode(s));
    expect(issuerCode('Chủ tịch UBND tỉnh')).toBe('UBND');
  });

  it('keeps sameIssuer’s answers', () => {
    expect(sameIssuer('UBND tỉnh', 'Ủy ban nhân dân tỉnh')).toBe(true);
    expect(sameIssuer('Thủ tướng Chính phủ', 'UBND tỉnh')).toBe(false);
    expect(sameIssuer('Hội Luật gia', 'Chủ tịch Hội Luật gia')).toBe(true);
  });
});
