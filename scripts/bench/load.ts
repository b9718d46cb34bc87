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
 * Time from navigation to the app's own "first-full-canvas" mark, over fresh loads of each page in
 * turns (so all meet the same load on this shared machine): a summary per page and, for each page
 * after the first, the median over turns of (the first page's time − its time): below 0, the first
 * page drew sooner. The page is asked once, through the DevTools protocol, for a promise of the
 * mark: Playwright's own waiting (waitForFunction) injects its script into the page and polls every
 * frame while the page loads, which measured 30–90 ms slower on this machine for the same build.
 */
export async function firstFullCanvas(
  browser: Browser,
  urls: string[],
  runs: number,
): Promise<{ each: Summary[]; pairedDifference: number[] }> {
  const times: number[][] = urls.map(() => []);
  for (let i = 0; i < runs; i++)
    for (let k = 0; k < urls.length; k++) {
      // Each turn starts with another page, so none always loads first.
      const at = (i + k) % urls.length;
      times[at].push(await markTime(browser, urls[at]));
    }
  const median = (xs: number[]) => summarize(xs).p50;
  return {
    each: times.map(summarize),
    pairedDifference: times.slice(1).map((other) => median(times[0].map((t, i) => t - other[i]))),
  };
}

async function markTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
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
    return result.value as number;
  } finally {
    await context.close();
  }
}
