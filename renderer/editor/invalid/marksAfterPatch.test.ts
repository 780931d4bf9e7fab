import { describe, expect, it } from 'vitest';
import type { InvalidField } from '../../../shared/model/savablePlan.ts';
import { marksAfterPatch } from './marksAfterPatch.ts';

const mark = (path: Array<string | number>, message = path.join('.')): InvalidField => ({
  key: null,
  path,
  address: null,
  message,
  messageEn: message,
});

describe('marksAfterPatch', () => {
  const symbol = mark(['header', 'symbol']);
  const recipients = mark(['recipients', 'entries']);

  it('keeps marks the patches did not touch, even inside a marked list edited in place', () => {
    // One recipient edited in a list over its limit: the list is still too long on screen.
    const after = marksAfterPatch(
      [symbol, recipients],
      [{ path: ['recipients', 'entries', 3], value: 'UBND' }],
      [],
    );
    expect(after).toEqual([symbol, recipients]);
  });

  it('lets the new report decide at and under each patched place', () => {
    const fixed = marksAfterPatch(
      [symbol, recipients],
      [{ path: ['header', 'symbol'], value: 'KH-STP' }],
      [],
    );
    expect(fixed).toEqual([recipients]);
    const replaced = marksAfterPatch(
      [symbol],
      [{ path: ['header'], value: {} }],
      [mark(['header', 'symbol'], 'mới')],
    );
    expect(replaced.map((f) => f.message)).toEqual(['mới']);
    const removed = marksAfterPatch([symbol], [{ path: ['header', 'symbol'], remove: true }], []);
    expect(removed).toEqual([]);
  });
});
