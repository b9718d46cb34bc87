import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from './stats';

export interface Sizes {
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  dataset: { raw: number; gzip: number };
}

/** What a first visit downloads before the canvas can draw, in KiB. */
export function bundleSizes(dist: string): Sizes {
  const size = (files: string[]) => {
    const bytes = files.map((f) => readFileSync(f));
    const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
    return { raw: kib(bytes.reduce((n, b) => n + b.length, 0)), gzip: kib(bytes.reduce((n, b) => n + gzipSync(b).length, 0)) };
  };
  const assets = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f)).filter((f) => statSync(f).isFile());
  return {
    js: size(assets.filter((f) => f.endsWith('.js'))),
    css: size(assets.filter((f) => f.endsWith('.css'))),
    dataset: size([join(dist, 'data', 'dataset.json')]),
  };
}

/** Time from navigation to the app's own "first-full-canvas" mark, over fresh loads. */
export async function firstFullCanvas(browser: Browser, url: string, runs: number): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const t = await page.waitForFunction(() => performance.getEntriesByName('first-full-canvas')[0]?.startTime);
    times.push((await t.jsonValue()) as number);
    await context.close();
  }
  return summarize(times);
}
