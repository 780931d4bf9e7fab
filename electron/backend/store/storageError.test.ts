import { describe, expect, it } from 'vitest';
import { storageError } from './storageError.ts';

describe('storageError', () => {
  it.each([
    ['SQLITE_CORRUPT', 'database_corrupt'],
    ['SQLITE_NOTADB', 'database_corrupt'],
    ['SQLITE_FULL', 'storage_full'],
    ['ENOSPC', 'storage_full'],
    ['SQLITE_READONLY', 'storage_read_only'],
    ['SQLITE_READONLY_DIRECTORY', 'storage_read_only'],
    ['EACCES', 'storage_read_only'],
    ['SQLITE_BUSY', 'database_locked'],
    ['SQLITE_LOCKED', 'database_locked'],
    ['SQLITE_CANTOPEN', 'storage_unavailable'],
    ['SQLITE_IOERR_WRITE', 'storage_unavailable'],
    ['ENOTDIR', 'storage_unavailable'],
  ])('%s → %s, in Vietnamese and English', (code, expected) => {
    const e = storageError(Object.assign(new Error('raw'), { code }), '/data/plandraft.sqlite');
    expect(e?.code).toBe(expected);
    expect(e?.message).toContain('/data/plandraft.sqlite');
    expect(e?.message).not.toBe(e?.messageEn);
    expect(e?.message).not.toMatch(/^raw$/);
  });

  it('leaves programming errors alone', () => {
    expect(storageError(new TypeError('x'), 'f')).toBeNull();
    expect(storageError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }), 'f')).toBeNull();
  });
});
