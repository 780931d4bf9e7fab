import { describe, expect, it } from 'vitest';
import { formatDay } from './format.ts';

describe('formatDay', () => {
  it('writes dd/mm/yyyy with leading zeros in local time', () => {
    const local = new Date(2021, 0, 5, 23, 59).toISOString();
    expect(formatDay(local)).toBe('05/01/2021');
    expect(formatDay(new Date(2021, 10, 20, 0, 1).toISOString())).toBe('20/11/2021');
  });
  it('gives an empty string for an invalid date instead of NaN/NaN', () => {
    expect(formatDay('không phải ngày')).toBe('');
  });
});
