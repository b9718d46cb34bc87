// npm run screenshot -- [query] [out.png]: a screenshot of the production build (npm run build first).
// With no arguments it writes the README's docs/screenshot.png; `'?view=chronicle&date=2019-06-15' docs/chronicle.png`
// redraws the chronicle's. SCREENSHOT_PORT moves the preview server (default 4174).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';
import { startPreview } from './lib/preview';

const [query = '', out = 'docs/screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
const server = await startPreview(Number(process.env.SCREENSHOT_PORT ?? 4174));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  await page.goto(`${server.url}${query}`);
  // The canvas fitted, or the chronicle's bars.
  await page.locator('[data-fitted="true"], [data-bar-id]').first().waitFor();
  // Whatever animates (a card fading in after a change) has finished, so the picture is what stays.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
