/**
 * Bytes of a text file from an office: UTF-16 with a byte-order mark, UTF-8 (with or without BOM), or
 * an old 8-bit file read as Windows-1252 (whose bytes the importer then recognises as TCVN3/VNI).
 * When a UTF-8 file has a few invalid bytes, the decoding is decided line by line (issue 12): a line
 * that is mostly valid UTF-8 stays UTF-8 (its bad bytes become U+FFFD, which readText reports), a line
 * that is not is read as 8-bit, and every other line is left untouched.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return strict.decode(bytes);
  } catch {
    // Some bytes are not UTF-8: decide per line below.
  }
  const lenient = new TextDecoder('utf-8');
  const legacy = new TextDecoder('windows-1252');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    try {
      lines.push(strict.decode(line));
    } catch {
      const { valid, invalid } = utf8Sequences(line);
      lines.push(valid > invalid ? lenient.decode(line) : legacy.decode(line));
    }
  }
  return lines.join('\n');
}

/** Count the well-formed multi-byte UTF-8 sequences of a line and the bytes that fit none. */
export function utf8Sequences(line: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < line.length;) {
    const b = line[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= line.length;
    for (let k = 1; ok && k < length; k++) ok = (line[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
