import { Inflate, strFromU8 } from 'fflate';
import { AppError } from '../contract/appError.ts';

/**
 * Safe reading of an OOXML (zip) package. Word files arrive from outside the office, so the zip is
 * treated as hostile: the sizes it declares are never trusted. Entries are located through the
 * central directory, and each one is inflated as a stream in small input steps while the bytes it
 * really produces are counted; the first step past a limit stops the work (issue 12: a 1 MB file
 * that inflates to 1 GiB is refused after at most one entry limit of work, not after 1 GiB).
 */
export interface PackageLimits {
  maxEntries: number;
  /** Largest single inflated entry, bytes. */
  maxEntryBytes: number;
  /** Largest total inflated size, bytes. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted for an entry above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

export type OoxmlPackage = Map<string, Uint8Array>;

/**
 * Compressed bytes handed to the inflater per step. Deflate expands at most ~1032:1, so one step
 * produces at most ~16 MB before the counter sees it.
 */
const STEP = 16 * 1024;

function notZip(): AppError {
  return new AppError(
    'not_a_docx',
    'Tệp không phải tài liệu Word .docx hợp lệ (không đọc được định dạng zip).',
    'The file is not a valid Word .docx document (not a readable zip).',
  );
}

function bomb(): AppError {
  return new AppError(
    'docx_bomb',
    'Tệp Word bất thường: tệp nén quá lớn (zip bomb?) — nội dung giải nén vượt giới hạn, đã dừng đọc.',
    'Suspicious Word file: the compressed file inflates to an excessive size (zip bomb?); reading stopped.',
  );
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The central directory's entries (names, methods, where the data is). Throws notZip when broken. */
function centralDirectory(bytes: Uint8Array, limits: PackageLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw notZip(); // zip64: no Word document needs it
  if (count > limits.maxEntries) {
    throw new AppError(
      'docx_too_large',
      'Tệp Word có quá nhiều thành phần.',
      'The Word file has too many parts.',
    );
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw notZip();
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const end = p + 46 + nameLength;
    if (end > bytes.length) throw notZip();
    entries.push({
      name: strFromU8(bytes.subarray(p + 46, end), (flags & 0x800) === 0),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localHeader: view.getUint32(p + 42, true),
    });
    p = end + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** The entry's compressed bytes, bounded by the file itself. */
function compressedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.localHeader;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw notZip();
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw notZip();
  return bytes.subarray(start, end);
}

/**
 * Inflate one entry as a stream, counting what it really produces; refuse it the moment it passes
 * the entry limit, the package's remaining budget, or the ratio limit.
 */
function inflateEntry(data: Uint8Array, limits: PackageLimits, budget: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (
      produced > limits.maxEntryBytes ||
      produced > budget ||
      (produced > 1024 * 1024 && produced / Math.max(1, data.length) > limits.maxRatio)
    ) {
      throw bomb();
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw notZip();
  }
  if (!ended) throw notZip();
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Unzip the entries whose names `wanted` accepts (all by default). Throws AppError with a bilingual
 * message on anything broken or suspicious; the work done on a bomb is bounded by the limits.
 */
export function readPackage(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): OoxmlPackage {
  if (!isZip(bytes)) throw notZip();
  const pkg: OoxmlPackage = new Map();
  let total = 0;
  for (const entry of centralDirectory(bytes, limits)) {
    if (entry.name.endsWith('/') || !wanted(entry.name)) continue;
    const data = compressedData(bytes, entry);
    let content: Uint8Array;
    if (entry.method === 0) content = data.slice();
    else if (entry.method === 8) content = inflateEntry(data, limits, limits.maxTotalBytes - total);
    else throw notZip();
    total += content.length;
    if (content.length > limits.maxEntryBytes || total > limits.maxTotalBytes) throw bomb();
    pkg.set(entry.name, content);
  }
  return pkg;
}

export function entryText(pkg: OoxmlPackage, name: string): string | null {
  const data = pkg.get(name);
  return data ? strFromU8(data) : null;
}
