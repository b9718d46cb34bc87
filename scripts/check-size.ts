// Part of npm test: fails when the built JS or CSS is over its gzip budget.
import { join } from 'node:path';
import { bundleSizes, type Size } from './bench/load';
import { bytesLeft, overBudget, SIZE_BUDGETS } from './budgets';

const sizes = bundleSizes(join(import.meta.dirname, '..', 'dist'));
const over = overBudget(sizes);
const left = (size: Size, budgetKiB: number) => `${bytesLeft(size, budgetKiB)} bytes left of ${budgetKiB}`;
console.log(
  `size: JS ${sizes.js.gzip} KiB gzip (${left(sizes.js, SIZE_BUDGETS.jsGzipKiB)}; with a Japanese reader's words ${sizes.jsJapanese.gzip}), CSS ${sizes.css.gzip} KiB gzip (${left(sizes.css, SIZE_BUDGETS.cssGzipKiB)}), dataset ${sizes.dataset.gzip} KiB gzip`,
);
if (over.length > 0) {
  for (const line of over) console.error(line);
  process.exit(1);
}
