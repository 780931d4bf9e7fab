import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electronBinary.mjs';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vỏ-electron-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('findElectronBinary', () => {
  it('finds nothing in a package installed without its binary (as on these machines)', () => {
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('finds nothing when path.txt names an executable that was never unpacked', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('finds the executable that path.txt names inside dist/', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    const exe = path.join(dir, 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron');
    fs.mkdirSync(path.dirname(exe), { recursive: true });
    fs.writeFileSync(exe, '');
    expect(findElectronBinary(dir, {})).toBe(exe);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const other = path.join(dir, 'bản dựng riêng');
    fs.mkdirSync(other);
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBeNull();
    fs.writeFileSync(path.join(other, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(
      path.join(other, 'electron'),
    );
  });
});
