import { describe, expect, it } from 'vitest';
import { crossings, segmentEntersBox } from './figure-geometry';

const line = (id: string, ...xy: number[]) => ({
  id,
  points: xy.flatMap((v, i) => (i % 2 === 0 ? [{ x: v, y: xy[i + 1] }] : [])),
});

describe('crossings', () => {
  it('counts an X as one crossing', () => {
    expect(crossings([line('a', 0, 0, 10, 10), line('b', 0, 10, 10, 0)])).toEqual([['a', 'b']]);
  });

  it('lets two calls leave one box from the same point (a fan)', () => {
    expect(crossings([line('a', 0, 0, -10, 10), line('b', 0, 0, 10, 10)])).toEqual([]);
  });

  it('counts calls drawn over each other on one vertical line (the old gVisor figure)', () => {
    // runsc -> Sentry -> Gofer and runsc -> Gofer, all at x = 0.
    expect(
      crossings([
        line('runsc->sentry', 0, 0, 0, 10),
        line('sentry->gofer', 0, 20, 0, 30),
        line('runsc->gofer', 0, 0, 0, 30),
      ]),
    ).toEqual([
      ['runsc->sentry', 'runsc->gofer'],
      ['sentry->gofer', 'runsc->gofer'],
    ]);
  });

  it('follows every bend of a routed line', () => {
    expect(crossings([line('side', 0, 0, -5, 0, -5, 20, 0, 20), line('across', -10, 10, 10, 10)])).toEqual([
      ['side', 'across'],
    ]);
  });
});

describe('segmentEntersBox', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  it('sees a line through a box, not one along its border or beside it', () => {
    expect(segmentEntersBox({ x: 5, y: -5 }, { x: 5, y: 15 }, box)).toBe(true);
    expect(segmentEntersBox({ x: 0, y: -5 }, { x: 0, y: 15 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 12, y: -5 }, { x: 12, y: 15 }, box)).toBe(false);
  });
});
