// npm run preview-image: redraws public/preview.png, the 1200×630 social preview (og:image), from the
// production build (npm run build first; build again afterwards so dist/ carries the new image).
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';
import { startPreview } from './lib/preview';

const QUERY = '?date=2018-06-01&focus=dockershim&lang=en';
const out = join(import.meta.dirname, '..', 'public', 'preview.png');

const server = await startPreview(4176);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
  await page.goto(`${server.url}${QUERY}`);
  await page.locator('.react-flow__node-component').first().waitFor();
  await page.locator('[data-fitted="true"]').waitFor();
  // Draw the focused stack alone, like the article's figure (the legend starts folded).
  await page.getByLabel('this stack only').check();
  await page.locator('[data-fitted="true"]').waitFor();
  await page.waitForTimeout(300);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.stop();
}
