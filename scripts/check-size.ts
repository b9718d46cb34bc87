// Part of npm test: fails when the built JS or CSS is over its gzip budget.
import { join } from 'node:path';
import { bundleSizes } from './bench/load';
import { SIZE_BUDGETS } from './budgets';

const sizes = bundleSizes(join(import.meta.dirname, '..', 'dist'));
const over = [
  sizes.js.gzip > SIZE_BUDGETS.jsGzipKiB &&
    `JS is ${sizes.js.gzip} KiB gzip, over its ${SIZE_BUDGETS.jsGzipKiB} KiB budget`,
  sizes.css.gzip > SIZE_BUDGETS.cssGzipKiB &&
    `CSS is ${sizes.css.gzip} KiB gzip, over its ${SIZE_BUDGETS.cssGzipKiB} KiB budget`,
].filter(Boolean);
console.log(
  `size: JS ${sizes.js.gzip} KiB gzip (budget ${SIZE_BUDGETS.jsGzipKiB}; with a Japanese reader's words ${sizes.jsJapanese.gzip}), CSS ${sizes.css.gzip} KiB gzip (budget ${SIZE_BUDGETS.cssGzipKiB}), dataset ${sizes.dataset.gzip} KiB gzip`,
);
if (over.length > 0) {
  for (const line of over) console.error(line);
  process.exit(1);
}
