import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createBackend } from '../../electron/backend/backend.ts';
import { sourceResourcesDir } from '../../electron/backend/sourceResourcesDir.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Plan } from '../../shared/model/plan.ts';
import config from '../e2e/playwright.config.ts';
import { startHost } from '../e2e/host.ts';
import { largePlan } from './citations.bench.ts';
import { measure, summarize, type BenchLine } from './measure.ts';

const LAST_GROUP = 'g30';
const TYPED_TASK = 'g15-t5';
/** Between keystrokes: ≈ 10 keys a second, a fast typist (a faster cadence only queues the keys). */
const KEY_DELAY_MS = 100;

/** A workspace holding the 100-page plan, written through the contract as the editor would. */
export async function workspaceWith(plan: Plan): Promise<string> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-bench-web-'));
  const backend = createBackend({
    dataDir: home,
    resourcesDir: sourceResourcesDir(),
    host: 'web',
    backupAtStart: false,
  });
  try {
    const created = await dispatch(backend.handlers, 'createPlan', [{ templateId: 'langson-2021' }]);
    if (!created.ok) throw new Error(created.error.messageEn);
    const rec = created.value as { id: string; revision: number };
    const saved = await dispatch(backend.handlers, 'savePlan', [
      rec.id,
      plan,
      { kind: 'save', baseRevision: rec.revision },
    ]);
    if (!saved.ok) throw new Error(saved.error.messageEn);
  } finally {
    backend.close();
  }
  return home;
}

/**
 * In the page, from the first script on: each keystroke's latency (from its keydown, or its beforeinput
 * for a letter typed as text) to the end of the next frame (the
 * requestAnimationFrame callback, then a task posted from it, which runs after that frame's style,
 * layout and paint), and every long task (> 50 ms) the browser reports.
 */
function instrument(): void {
  const w = window as unknown as { __latencies: number[]; __longTasks: number[] };
  w.__latencies = [];
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  // A letter a US keyboard has arrives as keydown → beforeinput → keyup; a Vietnamese letter (ổ, ậ)
  // as text alone (an input method's insertion, no keydown): it is timed from its beforeinput.
  // (No named function here: tsx's keepNames would wrap it in a __name() call the page lacks.)
  let keyDown = false;
  addEventListener('keyup', () => (keyDown = false), true);
  for (const type of ['keydown', 'beforeinput']) {
    addEventListener(
      type,
      (e) => {
        if (type === 'keydown') keyDown = true;
        else if (keyDown) return;
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__latencies.push(performance.now() - t0);
          ch.port2.postMessage(null);
        });
      },
      true,
    );
  }
}

/**
 * The editor is open when the whole plan is laid out (its last group is there, built or, far below
 * the view, as a box of its height: renderer/editor/lazy) and the fields in view take typing (their
 * Lexical editors are mounted; blocks and fields further down are built as they near the view).
 */
export const editorReady = async (page: Page) => {
  await page
    .locator(`[data-item-id="${LAST_GROUP}"]`)
    .first()
    .waitFor({ state: 'attached', timeout: 60_000 });
  await page
    .getByTestId('editor')
    .locator('[data-item-id] [contenteditable="true"]')
    .first()
    .waitFor({ state: 'visible', timeout: 60_000 });
  // Two frames: the one that shows the plan has been painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
};

/**
 * Scroll to a task's body as a drafter would (to its group first: a block of a large plan is built
 * as it nears the view), wait for its editor and click into it.
 */
export async function typingInto(page: Page, taskId: string): Promise<void> {
  const group = taskId.replace(/-t\d+$/u, '');
  await page.locator(`[data-item-id="${group}"]`).scrollIntoViewIfNeeded();
  const field = page.locator(`[data-field="itemBody:${taskId}"]`);
  await field.scrollIntoViewIfNeeded();
  const body = field.locator('[contenteditable="true"]');
  await body.waitFor({ state: 'visible' });
  await body.click();
}

/**
 * A Chromium page on the browser-mode host whose fresh data folder holds only the 100-page plan, as
 * the e2e tests start it; everything is closed and removed after `use` (the bench and the profiling
 * scripts, profileTyping.ts and traceTyping.ts, all start this way).
 */
export async function withLargePlanPage<T>(use: (page: Page, url: string) => Promise<T>): Promise<T> {
  const home = await workspaceWith(largePlan());
  const { host, stop } = await startHost({ home });
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    return await use(page, host.url);
  } finally {
    await browser.close();
    await stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Opening the 100-page plan and typing into it, in Chromium on the browser-mode host (a fresh data
 * folder holding only that plan), as the e2e tests start it.
 */
export async function run(): Promise<BenchLine[]> {
  const out: BenchLine[] = [];
  await withLargePlanPage(async (page, url) => {
    await page.addInitScript(instrument);
    out.push(
      await measure(
        'browser: open the 100-page plan from the library',
        () =>
          page
            .getByTestId('open-plan')
            .first()
            .click()
            .then(() => editorReady(page)),
        {
          warmup: 1,
          runs: 5,
          target: 500,
          before: async () => {
            await page.goto(url);
            await page.getByTestId('open-plan').first().waitFor();
          },
        },
      ),
    );
    out.push(
      await measure(
        'browser: reload with the plan open',
        async () => {
          await page.reload();
          await editorReady(page);
        },
        { warmup: 1, runs: 5 },
      ),
    );

    await typingInto(page, TYPED_TASK);
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __longTasks: number[] };
      w.__latencies = [];
      w.__longTasks = [];
    });
    // Bursts of typing with pauses long enough for the live checks (400 ms) and the autosave to run
    // in between: a keystroke after a pause must not wait for them either.
    for (let burst = 0; burst < 4; burst++) {
      // One character every KEY_DELAY_MS. Playwright's `type` with a delay waits between a key's down
      // and up only, and inserts a letter outside the US layout with no wait after it, so the next
      // key landed ≈ 13 ms later inside that letter's frame: a cadence no typist has.
      for (const ch of ' phổ biến pháp luật cho đồng bào') {
        await page.keyboard.type(ch);
        await page.waitForTimeout(KEY_DELAY_MS);
      }
      await page.waitForTimeout(700);
    }
    const { latencies, longTasks } = await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __longTasks: number[] };
      return { latencies: w.__latencies, longTasks: w.__longTasks };
    });
    const lat = summarize(latencies);
    out.push({
      name: 'browser: typing, keydown to next frame (100-page plan)',
      ...lat,
      runs: latencies.length,
      target: 16,
      targetOn: 'p95',
      note: `4 bursts of 32 characters (Vietnamese letters included), one every ${KEY_DELAY_MS} ms (a fast typist), 700 ms pauses`,
    });
    const long = longTasks.length > 0 ? summarize(longTasks) : { median: 0, p95: 0, max: 0 };
    out.push({
      name: 'browser: long tasks while typing',
      ...long,
      runs: longTasks.length,
      target: 50,
      targetOn: 'max',
      note: `${longTasks.length} long task(s) over the typing session`,
    });
  });
  return out;
}
