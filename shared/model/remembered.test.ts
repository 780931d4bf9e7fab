import { describe, expect, it } from 'vitest';
import { remembered } from './remembered.ts';

describe('remembered', () => {
  it('computes each key once, remembers undefined answers too, and starts again when full', () => {
    const asked: string[] = [];
    const lookup = remembered((s: string) => {
      asked.push(s);
      return s.startsWith('Q') ? s.length : undefined;
    }, 2);
    expect([lookup('QĐ'), lookup('QĐ'), lookup('KH'), lookup('KH')]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(['QĐ', 'KH']);
    lookup('NQ'); // the memo was full: cleared, then NQ kept
    lookup('QĐ');
    expect(asked).toEqual(['QĐ', 'KH', 'NQ', 'QĐ']);
  });
});
