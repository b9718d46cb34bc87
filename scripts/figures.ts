// npm run figures: screenshots of the article's 17 figures redrawn by the explorer ("this stack only"),
// into docs/figures/, to look at next to ../shared/seed/figures/. Run npm run build first.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';
import { FIGURE_DAYS, type PublishedStack } from './lib/figures';
import { startPreview } from './lib/preview';

const out = process.argv[2] ?? 'docs/figures';
mkdirSync(out, { recursive: true });
const server = await startPreview(Number(process.env.E2E_PORT ?? 4175));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  const dataset = await (await fetch(`${server.url}data/dataset.json`)).json();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  for (const [figure, { day }] of Object.entries(FIGURE_DAYS)) {
    const stack = dataset.stacks.find((s: PublishedStack) => s.figure === figure);
    await page.goto(`${server.url}?date=${day}&focus=${stack.id}`);
    await page.getByLabel('this stack only').check();
    await page.locator('[data-id="pod:pod"]').waitFor();
    await page.waitForTimeout(300);
    await page.locator('main').screenshot({ path: `${out}/${figure}.png` });
    console.log(`${out}/${figure}.png  ?date=${day}&focus=${stack.id}`);
  }
} finally {
  await browser.close();
  server.stop();
}
