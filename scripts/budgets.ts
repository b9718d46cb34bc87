import type { Size } from './bench/load';

/** The product's size budgets (KiB, gzip): enforced by npm test via scripts/check-size.ts, reported by the bench. */
export const SIZE_BUDGETS = { jsGzipKiB: 150, cssGzipKiB: 10 } as const;

/** How many gzip bytes `size` leaves of a budget (negative: over it), judged to the byte. */
export const bytesLeft = (size: Size, budgetKiB: number): number => budgetKiB * 1024 - size.gzipBytes;

/** What is over its budget, judged on bytes: a size rounded to a tenth of a KiB hides up to 51 bytes. */
export function overBudget(sizes: { js: Size; css: Size }): string[] {
  const over = (what: string, size: Size, budgetKiB: number) => {
    const excess = -bytesLeft(size, budgetKiB);
    return excess > 0
      ? [`${what} is ${size.gzipBytes} bytes gzip, ${excess} over its ${budgetKiB} KiB budget`]
      : [];
  };
  return [
    ...over('JS', sizes.js, SIZE_BUDGETS.jsGzipKiB),
    ...over('CSS', sizes.css, SIZE_BUDGETS.cssGzipKiB),
  ];
}
