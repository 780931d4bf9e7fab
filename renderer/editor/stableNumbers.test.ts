import { describe, expect, it } from 'vitest';
import type { NumberLabel } from '../../shared/model/numbering.ts';
import { stableNumbers } from './stableNumbers.ts';

const label = (l: string, sectionId = 's1'): NumberLabel => ({
  label: l,
  prefix: `${l}. `,
  depth: 1,
  sectionId,
});

describe('stableNumbers', () => {
  it('keeps the previous map while no number changed', () => {
    const a = new Map([
      ['t1', label('1')],
      ['t2', label('2')],
    ]);
    const b = new Map([
      ['t1', label('1')],
      ['t2', label('2')],
    ]);
    expect(stableNumbers(a, b)).toBe(a);
  });

  it('takes the new map when a number, a section or the count changed', () => {
    const a = new Map([
      ['t1', label('1')],
      ['t2', label('2')],
    ]);
    const swapped = new Map([
      ['t1', label('2')],
      ['t2', label('1')],
    ]);
    const moved = new Map([
      ['t1', label('1', 's2')],
      ['t2', label('2')],
    ]);
    const more = new Map([...a, ['t3', label('3')]]);
    expect(stableNumbers(a, swapped)).toBe(swapped);
    expect(stableNumbers(a, moved)).toBe(moved);
    expect(stableNumbers(a, more)).toBe(more);
    expect(stableNumbers(null, a)).toBe(a);
  });
});
