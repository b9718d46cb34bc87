import { describe, expect, it } from 'vitest';
import { overBudget, SIZE_BUDGETS } from './budgets';

const kib = (bytes: number) => ({ raw: 0, gzip: Math.round((bytes / 1024) * 10) / 10, gzipBytes: bytes });

describe('overBudget', () => {
  const budget = SIZE_BUDGETS.jsGzipKiB * 1024;
  const css = kib(SIZE_BUDGETS.cssGzipKiB * 1024);

  it('passes what is at its budget to the byte', () => {
    expect(overBudget({ js: kib(budget), css })).toEqual([]);
  });

  it('fails a bundle a few bytes over, though its size rounds to the budget', () => {
    const js = kib(budget + 24);
    expect(js.gzip).toBe(SIZE_BUDGETS.jsGzipKiB); // what the size line prints
    expect(overBudget({ js, css })).toEqual([
      `JS is ${budget + 24} bytes gzip, 24 over its ${SIZE_BUDGETS.jsGzipKiB} KiB budget`,
    ]);
  });
});
