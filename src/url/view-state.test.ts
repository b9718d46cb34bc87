import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from './view-state';

const ctx = { minDay: '2013-01-01', maxDay: '2026-11-28' };

describe('parseViewState', () => {
  it('defaults to the last day with no notice', () => {
    expect(parseViewState('', ctx)).toEqual({ state: { date: '2026-11-28' }, notices: [] });
  });

  it('reads a day, and a month or year as its first day', () => {
    expect(parseViewState('?date=2017-10-15', ctx).state.date).toBe('2017-10-15');
    expect(parseViewState('?date=2017-10', ctx).state.date).toBe('2017-10-01');
    expect(parseViewState('?date=2017', ctx)).toEqual({ state: { date: '2017-01-01' }, notices: [] });
  });

  it('falls back on nonsense with a notice that quotes it', () => {
    const { state, notices } = parseViewState('?date=banana', ctx);
    expect(state.date).toBe('2026-11-28');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('banana');
  });

  it('rejects impossible days', () => {
    expect(parseViewState('?date=2019-02-30', ctx).notices).toHaveLength(1);
  });

  it('clamps out-of-range days and says so', () => {
    const early = parseViewState('?date=1999-01-01', ctx);
    expect(early.state.date).toBe('2013-01-01');
    expect(early.notices[0]).toMatch(/outside/);
    expect(parseViewState('?date=2099-01-01', ctx).state.date).toBe('2026-11-28');
  });

  it('drops unknown parameters with a notice', () => {
    const { state, notices } = parseViewState('?date=2016-01-01&utm_source=x', ctx);
    expect(state.date).toBe('2016-01-01');
    expect(notices[0]).toContain('utm_source');
  });

  it('cuts very long input short in the notice', () => {
    const { notices } = parseViewState(`?date=${'9'.repeat(5000)}`, ctx);
    expect(notices[0].length).toBeLessThan(200);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState({ date: '2026-11-28' }, ctx)).toBe('');
  });

  it('round-trips every valid day', () => {
    for (const date of ['2013-01-01', '2016-02-29', '2022-05-03', '2026-11-27']) {
      const search = serializeViewState({ date }, ctx);
      expect(search).toBe(`?date=${date}`);
      expect(parseViewState(search, ctx)).toEqual({ state: { date }, notices: [] });
    }
  });
});
