import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from './stats';

/** KiB to a tenth, and the gzip size in bytes (what the budgets are judged on). */
export interface Size {
  raw: number;
  gzip: number;
  gzipBytes: number;
}

export interface Sizes {
  /** The scripts every reader's page loads (an English reader's whole first view). */
  js: Size;
  /** A Japanese reader's: those and the Japanese words (`assets/ja-*.js`), which the page's inline script adds. */
  jsJapanese: Size;
  css: Size;
  dataset: Size;
}

/** What a first visit downloads before the canvas can draw, in KiB: the scripts and styles index.html loads, not lazy chunks. */
export function bundleSizes(dist: string): Sizes {
  const size = (files: string[]): Size => {
    const bytes = files.map((f) => readFileSync(f));
    const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
    const gzipBytes = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
    return { raw: kib(bytes.reduce((n, b) => n + b.length, 0)), gzip: kib(gzipBytes), gzipBytes };
  };
  // The page's tags, without what its inline scripts may add for some readers.
  const html = readFileSync(join(dist, 'index.html'), 'utf8').replace(
    /(<script\b[^>]*>)[^]*?<\/script>/g,
    '$1</script>',
  );
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => join(dist, m[1]));
  const js = initial.filter((f) => f.endsWith('.js'));
  const words = readdirSync(join(dist, 'assets'))
    .filter((f) => /^ja-[\w-]+\.js$/.test(f))
    .map((f) => join(dist, 'assets', f));
  return {
    js: size(js),
    jsJapanese: size([...js, ...words]),
    css: size(initial.filter((f) => f.endsWith('.css'))),
    dataset: size([join(dist, 'data', 'dataset.json')]),
  };
}

/**
 * Time from navigation to the app's own "first-full-canvas" mark, over fresh loads. The page is
 * asked once, through the DevTools protocol, for a promise of the mark: Playwright's own waiting
 * (waitForFunction) injects its script into the page and polls every frame while the page loads,
 * which measured 30–90 ms slower on this machine for the same build.
 */
export async function firstFullCanvas(browser: Browser, url: string, runs: number): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve) => {
        const mark = () => performance.getEntriesByName('first-full-canvas')[0]?.startTime;
        if (mark() !== undefined) return resolve(mark());
        new PerformanceObserver((_, observer) => {
          if (mark() === undefined) return;
          observer.disconnect();
          resolve(mark());
        }).observe({ type: 'mark' });
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    times.push(result.value as number);
    await context.close();
  }
  return summarize(times);
}
