import fs from 'node:fs';
import { editorReady, typingInto, withLargePlanPage } from './browser.bench.ts';

/**
 * `npx tsx test/bench/profileTyping.ts [outDir]`: CPU profiles (Chrome DevTools format, open them in
 * the Performance panel) of opening the 100-page plan and of typing into it, as `npm run bench`
 * measures them. For readable names, build the renderer unminified first:
 * `npx vite build --config renderer/vite.config.ts --minify false`.
 */
const outDir = process.argv[2] ?? '.';
await withLargePlanPage(async (page, url) => {
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await page.getByTestId('open-plan').first().click();
  await editorReady(page);
  fs.writeFileSync(`${outDir}/open.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  await typingInto(page, 'g15-t5');
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.start');
  for (let i = 0; i < 2; i++) {
    await page.keyboard.type(' tuyen truyen phap luat', { delay: 80 });
    await page.waitForTimeout(700);
  }
  fs.writeFileSync(`${outDir}/typing.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  process.stdout.write(`${outDir}/open.cpuprofile, ${outDir}/typing.cpuprofile\n`);
});
