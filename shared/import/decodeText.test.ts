import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from './decodeText.ts';
import { readText } from './readText.ts';

const enc = new TextEncoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('decodeTextBytes (issue 12: a few bad bytes do not turn a UTF-8 file into a legacy one)', () => {
  it('keeps every good UTF-8 line when one line has an invalid byte', () => {
    const bytes = concat(
      enc.encode('KẾ HOẠCH\nTuyên truyền, phổ biến pháp luật '),
      new Uint8Array([0xff]),
      enc.encode(' năm 2024\nỦy ban nhân dân tỉnh Sơn La\n'),
    );
    const text = decodeTextBytes(bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('KẾ HOẠCH');
    expect(lines[1]).toBe('Tuyên truyền, phổ biến pháp luật \ufffd năm 2024');
    expect(lines[2]).toBe('Ủy ban nhân dân tỉnh Sơn La');
    const doc = readText(text, { legacyEncoding: 'auto' });
    expect(doc.warnings.map((w) => w.text)).toContain('dòng 2');
    const third = doc.blocks[2];
    expect(third?.kind === 'paragraph' && third.runs[0]?.text).toBe('Ủy ban nhân dân tỉnh Sơn La');
  });

  it('reads an 8-bit line as Windows-1252 (for the TCVN3/VNI recogniser), line by line', () => {
    const legacy = new Uint8Array([0x4b, 0xd5, 0x20, 0x48, 0x4f, 0xb8, 0x43, 0x48]); // "KÕ HO¸CH" in TCVN3
    const bytes = concat(enc.encode('Hà Nội\n'), legacy);
    const [first, second] = decodeTextBytes(bytes).split('\n');
    expect(first).toBe('Hà Nội');
    expect(second).toBe(new TextDecoder('windows-1252').decode(legacy));
  });

  it('still decodes valid UTF-8 and UTF-16 files whole', () => {
    expect(decodeTextBytes(enc.encode('Lạng Sơn'))).toBe('Lạng Sơn');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x4c, 0x00, 0xa1, 0x1e]);
    expect(decodeTextBytes(utf16)).toBe('Lạ');
  });
});
