import { inflateSync, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** One entry of a zip file, its data still compressed (as the zip holds it). */
interface RawEntry {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Uint8Array;
}

/** DOS date of 1980-01-01 00:00 (the zip epoch): day 1, month 1, year 0; the time is 0. */
const DOS_DATE_1980 = (1 << 5) | 1;
const CORE = 'docProps/core.xml';

/**
 * The entries of a plain zip file (no zip64, no encryption, one disk: what the docx library writes),
 * read through the central directory; null for anything else, which the caller zips again instead.
 */
function readEntries(bytes: Uint8Array): RawEntry[] | null {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const entries: RawEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) return null;
    const flags = v.getUint16(p + 8, true);
    const compressedSize = v.getUint32(p + 20, true);
    const nameLength = v.getUint16(p + 28, true);
    const local = v.getUint32(p + 42, true);
    if ((flags & 1) !== 0 || compressedSize === 0xffffffff || local + 30 > bytes.length) return null;
    if (v.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + compressedSize > bytes.length) return null;
    entries.push({
      name: bytes.subarray(p + 46, p + 46 + nameLength),
      // Bit 3 (sizes in a trailing descriptor) is dropped: this writer puts them in the header.
      flags: flags & ~8,
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize,
      size: v.getUint32(p + 24, true),
      data: bytes.subarray(start, start + compressedSize),
    });
    p += 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return entries;
}

/** A zip of `entries` as they are (no re-compression), every entry dated 1980-01-01 00:00. */
function writeEntries(entries: RawEntry[]): Uint8Array {
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = new DataView(out.buffer);
  const header = (at: number, e: RawEntry) => {
    v.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(at + 2, e.flags, true);
    v.setUint16(at + 4, e.method, true);
    v.setUint16(at + 6, 0, true); // time 00:00:00
    v.setUint16(at + 8, DOS_DATE_1980, true);
    v.setUint32(at + 10, e.crc, true);
    v.setUint32(at + 14, e.compressedSize, true);
    v.setUint32(at + 18, e.size, true);
    v.setUint16(at + 22, e.name.length, true);
  };
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    v.setUint32(p, 0x04034b50, true);
    header(p + 4, e);
    out.set(e.name, p + 30);
    out.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const central = p;
  entries.forEach((e, i) => {
    v.setUint32(p, 0x02014b50, true);
    v.setUint16(p + 4, 20, true); // made by: MS-DOS, 2.0
    header(p + 6, e);
    v.setUint32(p + 42, offsets[i]!, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, entries.length, true);
  v.setUint16(p + 10, entries.length, true);
  v.setUint32(p + 12, p - central, true);
  v.setUint32(p + 16, central, true);
  return out;
}

function stampCore(xml: string, timestampIso: string): string {
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/u, `$1${timestampIso}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/u, `$1${timestampIso}$2`);
}

/**
 * The docx library stamps the package with the current time (zip entry dates and docProps/core.xml).
 * Rewriting both makes the export a pure function of (plan, options): same input, same bytes, so an
 * export's sha256 identifies its content. The entries are copied compressed as they are, only
 * core.xml is inflated and deflated again (issue 13: inflating and deflating the whole package
 * took half of the export's time).
 */
export function normalizeDocxPackage(bytes: Uint8Array, timestampIso: string): Uint8Array {
  const entries = readEntries(bytes);
  if (entries === null) return rezipDocxPackage(bytes, timestampIso);
  const core = entries.findIndex((e) => strFromU8(e.name) === CORE);
  if (core >= 0) {
    const e = entries[core]!;
    if (e.method !== 0 && e.method !== 8) return rezipDocxPackage(bytes, timestampIso);
    const xml = strFromU8(e.method === 8 ? inflateSync(e.data, { out: new Uint8Array(e.size) }) : e.data);
    // A one-file zip computes the new entry's CRC and deflated data.
    const stamped = readEntries(zipSync({ [CORE]: [strToU8(stampCore(xml, timestampIso)), { level: 6 }] }));
    entries[core] = stamped![0]!;
  }
  return writeEntries(entries);
}

/** The general way, for a package this writer does not read: unzip everything and zip it again. */
function rezipDocxPackage(bytes: Uint8Array, timestampIso: string): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  // DOS zip times are local time: a date built from local fields reads back the same everywhere.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  for (const [name, data] of Object.entries(files)) {
    out[name] = [
      name === CORE ? strToU8(stampCore(strFromU8(data), timestampIso)) : data,
      { mtime, level: 6 },
    ];
  }
  return zipSync(out);
}
