import fs from 'node:fs';
import { editorReady, typingInto, withLargePlanPage } from './browser.bench.ts';

/**
 * `npx tsx test/bench/traceTyping.ts [out.json]`: a Chrome trace (open it in the Performance panel,
 * or read it as JSON) of typing into the 100-page plan as `npm run bench -- browser` does, with the
 * invalidation-tracking categories on: which node and which style or layout change made the browser
 * paint what it paints after each key.
 */
const out = process.argv[2] ?? 'typing.trace.json';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'blink',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-v8.cpu_profiler',
];

await withLargePlanPage(async (page, url) => {
  await page.goto(url);
  await page.getByTestId('open-plan').first().click();
  await editorReady(page);
  await typingInto(page, 'g15-t5');
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  await page.keyboard.type(' tuyen truyen', { delay: 100 });
  await page.waitForTimeout(300);
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream });
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  fs.writeFileSync(out, chunks.join(''));
  process.stdout.write(`${out}\n`);
});
