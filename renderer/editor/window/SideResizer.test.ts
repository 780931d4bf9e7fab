import { describe, expect, it } from 'vitest';
import { SIDE_WIDTH_KEY, storedSideWidth } from './SideResizer.tsx';

const storage = (value: string | null) => ({ getItem: (k: string) => (k === SIDE_WIDTH_KEY ? value : null) });

describe('storedSideWidth', () => {
  it('reads the width kept from the last time, within the handle’s limits', () => {
    expect(storedSideWidth(storage('512'))).toBe(512);
    expect(storedSideWidth(storage('2000'))).toBe(720);
    expect(storedSideWidth(storage('100'))).toBe(280);
  });

  it('falls back to the default for nothing stored, garbage, or no storage at all', () => {
    expect(storedSideWidth(storage(null))).toBe(380);
    expect(storedSideWidth(storage('rộng'))).toBe(380);
    expect(storedSideWidth(null)).toBe(380);
    expect(
      storedSideWidth({
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe(380);
  });
});
