import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldArea,
  fieldKey,
  HEADER_FIELDS,
  parseFieldKey,
  splitNumberSymbol,
  TASK_FIELDS,
  type TextAddress,
} from './fieldAddress.ts';

const nodeId = fc.string({ minLength: 1, maxLength: 20, unit: 'binary' });
const index = fc.nat({ max: 5000 });

const address: fc.Arbitrary<TextAddress> = fc.oneof(
  fc.constantFrom(...HEADER_FIELDS).map((field) => ({ kind: 'header' as const, field })),
  fc
    .constantFrom('typeName', 'summary', 'preamble', 'archive', 'signatureName', 'numberSymbol')
    .map((kind) => ({ kind }) as TextAddress),
  fc.record({
    kind: fc.constantFrom('legalBasis', 'recipient', 'signatureLine'),
    index,
  }) as fc.Arbitrary<TextAddress>,
  fc.record({ kind: fc.constant('sectionTitle' as const), section: nodeId }),
  fc.record({ kind: fc.constantFrom('itemTitle', 'itemBody'), item: nodeId }) as fc.Arbitrary<TextAddress>,
  fc.record({
    kind: fc.constant('taskField' as const),
    item: nodeId,
    field: fc.constantFrom(...TASK_FIELDS),
  }),
  fc.record({ kind: fc.constant('text' as const), node: nodeId }),
  fc.record({
    kind: fc.constantFrom('appendixTitle', 'appendixSubtitle', 'appendixBody'),
    appendix: nodeId,
  }) as fc.Arbitrary<TextAddress>,
  fc.record({ kind: fc.constant('appendixHeader' as const), appendix: nodeId, column: index }),
  fc.record({ kind: fc.constant('appendixCell' as const), appendix: nodeId, row: index, column: index }),
);

describe('fieldKey / parseFieldKey', () => {
  it('round-trips every address, whatever its ids hold (":", "%", "|", Vietnamese)', () => {
    fc.assert(
      fc.property(address, (a) => {
        expect(parseFieldKey(fieldKey(a))).toEqual(a);
      }),
      { numRuns: 2000 },
    );
    const tricky: TextAddress = { kind: 'taskField', item: 'mục:1|2%Đ', field: 'lead' };
    expect(parseFieldKey(fieldKey(tricky))).toEqual(tricky);
  });

  it('gives one key per address: a parsed key re-encodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const a = parseFieldKey(s);
        if (a !== null) expect(fieldKey(a)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns null for garbage', () => {
    for (const s of [
      '',
      'header',
      'header:title',
      'summary:1',
      'legalBasis',
      'legalBasis:-1',
      'legalBasis:01',
      'legalBasis:1.5',
      'itemTitle:',
      'itemTitle:%E0',
      'taskField:t1:owner',
      'appendixCell:pl:1',
      'appendixCell:pl:1:2:3',
      't1|body|0',
      'cell:0:1',
    ])
      expect(parseFieldKey(s), s).toBeNull();
  });
});

describe('the header number/symbol text maps back to its two fields', () => {
  it('a range in the number stays in the number, a range after the slash goes to the symbol', () => {
    expect(splitNumberSymbol('12/KH-UBND', 0, 2)).toEqual({
      address: { kind: 'header', field: 'number' },
      value: '12',
      start: 0,
      end: 2,
    });
    expect(splitNumberSymbol('12/KH-UBND', 3, 10)).toEqual({
      address: { kind: 'header', field: 'symbol' },
      value: 'KH-UBND',
      start: 0,
      end: 7,
    });
    // Across the slash: the symbol, from its start.
    expect(splitNumberSymbol('12/KH-UBND', 0, 10)).toMatchObject({ value: 'KH-UBND', start: 0, end: 7 });
  });

  it('places every address on its part of the page', () => {
    expect(fieldArea({ kind: 'numberSymbol' })).toBe('header');
    expect(fieldArea({ kind: 'taskField', item: 'a', field: 'lead' })).toBe('sections');
    expect(fieldArea({ kind: 'appendixCell', appendix: 'a', row: 0, column: 0 })).toBe('appendices');
  });
});
