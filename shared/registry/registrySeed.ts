import { z } from 'zod';
import { numberSymbolKey } from './numberSymbol.ts';
import { isoDateSchema, registryDocSchema, type RegistryDoc } from './registryDoc.ts';

/** templates/registry/seed.json: the built-in registry, every entry with its source. */
export const registrySeedSchema = z.object({
  description: z.string(),
  documents: z.array(
    registryDocSchema.extend({
      source: z.string().trim().min(1),
      // Seed entries always carry the validity fields after parsing: unknown is null / [], never absent.
      effectiveFrom: isoDateSchema.nullable().default(null),
      effectiveUntil: isoDateSchema.nullable().default(null),
      successors: z.array(z.string().min(1).max(128)).max(20).default([]),
    }),
  ),
});

export interface RegistrySeed {
  documents: RegistryDoc[];
  /** Changes whenever the seed's content does: the store re-syncs its built-in entries then. */
  hash: string;
}

export type SeedResult = { ok: true; seed: RegistrySeed } | { ok: false; message: string; messageEn: string };

/**
 * Validate the seed: schema, NFC text, unique ids and identifiers (one number may recur across years
 * for administrative documents, so uniqueness is of identifier + date), replacedBy pointing somewhere.
 */
export function parseRegistrySeed(raw: unknown): SeedResult {
  const parsed = registrySeedSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    return {
      ok: false,
      message: `Dữ liệu sổ văn bản dựng sẵn không hợp lệ: ${detail}`,
      messageEn: `Invalid built-in registry: ${detail}`,
    };
  }
  const docs = parsed.data.documents;
  const ids = new Set<string>();
  const keys = new Set<string>();
  const jsons: string[] = [];
  for (const d of docs) {
    const key = `${numberSymbolKey(d.numberSymbol)}|${d.date ?? ''}`;
    const json = JSON.stringify(d);
    jsons.push(json);
    const problem = ids.has(d.id)
      ? `id trùng ${d.id} / duplicate id ${d.id}`
      : keys.has(key)
        ? `số ký hiệu trùng ${d.numberSymbol} / duplicate identifier ${d.numberSymbol}`
        : json !== json.normalize('NFC')
          ? `${d.id} không ở dạng NFC / ${d.id} is not NFC`
          : null;
    if (problem)
      return {
        ok: false,
        message: `Sổ văn bản dựng sẵn: ${problem}`,
        messageEn: `Built-in registry: ${problem}`,
      };
    ids.add(d.id);
    keys.add(key);
  }
  // The hash only when asked (the store's re-sync asks; the read-only checks of `plandraft check`
  // and `export` never do), and of the entries' JSON already made above, which joined as JSON.stringify
  // joins an array is the same text as JSON.stringify(docs) (issue 13: ≈ 3 ms of a cold final export).
  let hash: string | undefined;
  const seed: RegistrySeed = {
    documents: docs,
    get hash() {
      hash ??= contentHash(`[${jsons.join(',')}]`);
      return hash;
    },
  };
  return { ok: true, seed };
}

/** FNV-1a (32-bit) of the UTF-16 code units, hex: enough to notice that the seed changed. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
