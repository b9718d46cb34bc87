// npm run screenshot -- [query] [out.png]: a screenshot of the production build (npm run build first).
// With no arguments it writes the README's docs/screenshot.png.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { startPreview } from './lib/preview';

const [query = '', out = 'docs/screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const server = await startPreview(Number(process.env.PREVIEW_PORT ?? 4174));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  await page.goto(`${server.url}${query}`);
  await page.locator('[data-fitted="true"]').waitFor();
  // Cards fade in: wait until every animation has finished, so the picture is what stays.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
