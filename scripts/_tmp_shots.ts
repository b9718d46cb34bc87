import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { startPreview } from './lib/preview';
const server = await startPreview(4181);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
page.on('console', (m) => m.type() === 'error' && console.log('ERR', m.text()));
for (const [q, out, action] of JSON.parse(process.argv[2]) as [string, string, string?][]) {
  await page.goto(server.url + q);
  await page.waitForTimeout(700);
  if (action === 'isolate') await page.getByLabel('this stack only').check();
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
}
await browser.close(); server.stop();
