import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A revision's document as stored: the plan's JSON, deflated (a 100-page plan: ~320 KB → ~12 KB). */
export function encodeDocument(json: string): Buffer {
  return deflateRawSync(json);
}

export function decodeDocument(stored: Buffer): string {
  return inflateRawSync(stored).toString('utf8');
}
