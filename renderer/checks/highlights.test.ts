import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A Highlight that counts its changes (Chromium rebuilds every marker on each). */
let changes = 0;
class FakeHighlight extends Set<AbstractRange> {
  override add(r: AbstractRange) {
    changes += 1;
    return super.add(r);
  }
  override delete(r: AbstractRange) {
    changes += 1;
    return super.delete(r);
  }
}

let frames: Array<() => void> = [];
let onScroll: (() => void) | null = null;
const registry = new Map<string, FakeHighlight>();

const runFrame = () => {
  const now = frames;
  frames = [];
  now.forEach((f) => f());
};
const range = (container: object, start: number, end: number) =>
  ({
    startContainer: container,
    startOffset: start,
    endContainer: container,
    endOffset: end,
  }) as unknown as AbstractRange;
/** A field's element, `top` px from the top of a 900 px window (no item around it). */
const field = (box: { top: number }) =>
  ({
    closest: () => null,
    getBoundingClientRect: () => ({ top: box.top, bottom: box.top + 100 }),
  }) as unknown as Element;

beforeEach(() => {
  vi.resetModules();
  changes = 0;
  frames = [];
  registry.clear();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('window', { innerHeight: 900, addEventListener: () => {} });
  vi.stubGlobal('document', {
    addEventListener: (type: string, f: () => void) => {
      if (type === 'scroll') onScroll = f;
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('setHighlights', () => {
  it('registers a field’s ranges, and the same ranges again change nothing', async () => {
    const { setHighlights } = await import('./highlights.ts');
    const text = {};
    setHighlights('a', [['warning', range(text, 0, 4)]]);
    expect(registry.get('pd-check-warning')?.size).toBe(1);
    const before = changes;
    // A keystroke elsewhere in the field redraws it with new range objects over the same text.
    setHighlights('a', [['warning', range(text, 0, 4)]]);
    expect(changes).toBe(before);
    setHighlights('a', [['warning', range(text, 1, 4)]]);
    expect(changes).toBeGreaterThan(before);
    setHighlights('a', []);
    expect(registry.get('pd-check-warning')?.size).toBe(0);
  });

  it('underlines a field that gives its element only while it is near the window', async () => {
    const { setHighlights } = await import('./highlights.ts');
    const box = { top: 3000 };
    const el = field(box);
    setHighlights('far', [['error', range({}, 0, 2)]], el);
    runFrame();
    expect(registry.get('pd-check-error')?.size ?? 0).toBe(0);
    // Scrolled to: registered in the frame of the scroll.
    box.top = 500;
    onScroll?.();
    runFrame();
    expect(registry.get('pd-check-error')?.size).toBe(1);
    // Scrolled away again.
    box.top = -2000;
    onScroll?.();
    runFrame();
    expect(registry.get('pd-check-error')?.size).toBe(0);
  });

  it('a field near the window shows its new ranges in the next frame, and none once cleared', async () => {
    const { setHighlights } = await import('./highlights.ts');
    const el = field({ top: 100 });
    const text = {};
    setHighlights('near', [['info', range(text, 0, 3)]], el);
    runFrame();
    expect(registry.get('pd-check-info')?.size).toBe(1);
    setHighlights(
      'near',
      [
        ['info', range(text, 0, 3)],
        ['info', range(text, 5, 9)],
      ],
      el,
    );
    runFrame();
    expect(registry.get('pd-check-info')?.size).toBe(2);
    setHighlights('near', [], el);
    expect(registry.get('pd-check-info')?.size).toBe(0);
  });
});
