import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const file = path.join(dir, 'ke-hoach.json');
    fs.writeFileSync(file, 'cũ');
    writeFileAtomic(file, 'mới: Kế hoạch năm 2025');
    expect(fs.readFileSync(file, 'utf8')).toBe('mới: Kế hoạch năm 2025');
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.json']);
  });

  it('on failure keeps what was there and removes its temporary file', () => {
    // The target is a non-empty folder: the final rename fails after the content was written.
    const target = path.join(dir, 'out.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'x');
    expect(() => writeFileAtomic(target, new Uint8Array(1000))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['out.docx']);
    expect(fs.readFileSync(path.join(target, 'keep'), 'utf8')).toBe('x');
  });
});
