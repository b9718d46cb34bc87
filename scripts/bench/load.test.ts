import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from './load';

describe('bundleSizes', () => {
  it('counts the scripts every reader loads, and a Japanese reader’s words beside them, not what a link may add', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sizes-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'data'));
    // Text that does not compress away, so each file weighs kilobytes.
    const text = (bytes: number) => randomBytes(bytes).toString('base64');
    const files = {
      'index.js': text(6000),
      'dates.js': text(1500),
      'ja-X1.js': text(2500),
      'DetailsPanel-X2.js': text(2000),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), text);
    writeFileSync(join(dist, 'assets', 'index.css'), 'body{}');
    writeFileSync(join(dist, 'data', 'dataset.json'), '{}');
    writeFileSync(
      join(dist, 'index.html'),
      [
        '<script type="module" crossorigin src="./assets/index.js"></script>',
        '<link rel="modulepreload" crossorigin href="./assets/dates.js">',
        '<link rel="stylesheet" href="./assets/index.css">',
        `<script id="first-view">{if(l==='ja')["./assets/ja-X1.js"].forEach(f);if(s.has('node'))p.href="./assets/DetailsPanel-X2.js"}</script>`,
      ].join('\n'),
    );
    const kib = (...names: (keyof typeof files)[]) =>
      Math.round((names.reduce((n, f) => n + gzipSync(files[f]).length, 0) / 1024) * 10) / 10;
    const sizes = bundleSizes(dist);
    expect(sizes.js.gzip).toBe(kib('index.js', 'dates.js'));
    expect(sizes.jsJapanese.gzip).toBe(kib('index.js', 'dates.js', 'ja-X1.js'));
  });
});
