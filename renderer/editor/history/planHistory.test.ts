import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, COALESCE_MS, createHistory, record, redo, undo } from './planHistory.ts';

describe('planHistory', () => {
  it('undoes and redoes structural steps one by one', () => {
    let h = createHistory('a');
    h = record(h, 'b', { key: null, now: 0 });
    h = record(h, 'c', { key: null, now: 10 });
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('coalesces consecutive typing in one field within the window', () => {
    let h = createHistory('');
    h = record(h, 'K', { key: 'summary', now: 1000 });
    h = record(h, 'Kế', { key: 'summary', now: 1300 });
    h = record(h, 'Kế h', { key: 'summary', now: 1300 + COALESCE_MS });
    expect(h.past).toEqual(['']);
    // A pause longer than the window starts a new step.
    h = record(h, 'Kế ho', { key: 'summary', now: 1301 + 2 * COALESCE_MS });
    expect(h.past).toEqual(['', 'Kế h']);
    expect(undo(h).present).toBe('Kế h');
  });

  it('does not coalesce across fields, structural edits or an undo', () => {
    let h = createHistory('0');
    h = record(h, '1', { key: 'summary', now: 0 });
    h = record(h, '2', { key: 'preamble', now: 10 });
    h = record(h, '3', { key: null, now: 20 });
    h = record(h, '4', { key: null, now: 30 });
    expect(h.past).toEqual(['0', '1', '2', '3']);
    h = record(h, '5', { key: 'summary', now: 40 });
    h = undo(h);
    h = record(h, '6', { key: 'summary', now: 50 });
    expect(h.past).toEqual(['0', '1', '2', '3', '4']);
  });

  it('clears the redo steps on a new edit', () => {
    let h = createHistory('a');
    h = record(h, 'b', { key: null, now: 0 });
    h = undo(h);
    expect(canRedo(h)).toBe(true);
    h = record(h, 'x', { key: null, now: 5 });
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a']);
  });

  it('keeps at most the cap of steps, dropping the oldest', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, { key: null, now: i, cap: 3 });
    expect(h.past).toEqual([7, 8, 9]);
    h = undo(undo(undo(h)));
    expect(h.present).toBe(7);
    expect(canUndo(h)).toBe(false);
  });

  it('ignores an edit that changed nothing', () => {
    const h = record(createHistory('a'), 'b', { key: null, now: 0 });
    expect(record(h, 'b', { key: null, now: 1 })).toBe(h);
  });
});
