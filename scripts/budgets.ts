/** The product's size budgets (KiB, gzip): enforced by npm test via scripts/check-size.ts, reported by the bench. */
export const SIZE_BUDGETS = { jsGzipKiB: 150, cssGzipKiB: 10 } as const;
