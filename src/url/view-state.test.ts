import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDay } from '../model/dates';
import { hostileQuery } from './hostile.test-helpers';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import {
  parseViewState as parse,
  serializeViewState,
  type Lang,
  type ViewContext,
  type ViewState,
} from './view-state';

/** The parse with its notices worded as the banner words them (in English unless asked). */
function parseViewState(search: string, c: ViewContext, lang: Lang = 'en') {
  const { state, notices } = parse(search, c);
  return { state, notices: notices.map((say) => say((lang === 'ja' ? ja : en).urlNotices)) };
}

const ctx: ViewContext = {
  minDay: '2013-01-01',
  maxDay: '2026-11-28',
  componentIds: new Set(['docker', 'dockershim', 'cri-o']),
  stackIds: new Set(['dockershim', 'cri-o']),
  defaultLang: 'en',
  version: '1.2.0',
  changelog: [
    { version: '1.2.0', date: '2026-03-01', notes: ['Adds gVisor.'] },
    { version: '1.1.0', date: '2026-02-01', notes: ['Adds CRI-O.'] },
    { version: '1.0.0', date: '2026-01-01', notes: ['First.'] },
  ],
};
const base: ViewState = {
  date: '2026-11-28',
  node: null,
  focus: null,
  compare: null,
  lang: 'en',
  guide: null,
  embed: false,
  figure: false,
  tab: 'canvas',
};

describe('parseViewState', () => {
  it('defaults to the last day with no notice', () => {
    expect(parseViewState('', ctx)).toEqual({ state: base, notices: [] });
  });

  it('reads every parameter of the contract', () => {
    const { state, notices } = parseViewState(
      '?date=2017-10-15&node=dockershim&focus=cri-o&compare=2016-06-01&lang=ja&v=1.2.0',
      ctx,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      date: '2017-10-15',
      node: 'dockershim',
      focus: 'cri-o',
      compare: '2016-06-01',
      lang: 'ja',
      guide: null,
      embed: false,
      figure: false,
      tab: 'canvas',
    });
  });

  it('reads a month or a year as its first day', () => {
    expect(parseViewState('?date=2017-10', ctx).state.date).toBe('2017-10-01');
    expect(parseViewState('?date=2017&compare=2015-03', ctx).state).toMatchObject({
      date: '2017-01-01',
      compare: '2015-03-01',
    });
  });

  it('falls back on a nonsense date with a notice that quotes it', () => {
    const { state, notices } = parseViewState('?date=banana', ctx);
    expect(state.date).toBe('2026-11-28');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('banana');
  });

  it('rejects impossible days and clamps out-of-range ones', () => {
    expect(parseViewState('?date=2019-02-30', ctx).notices).toHaveLength(1);
    const early = parseViewState('?date=1999-01-01', ctx);
    expect(early.state.date).toBe('2013-01-01');
    expect(early.notices[0]).toMatch(/outside/);
    expect(parseViewState('?compare=2099-01-01&date=2020-01-01', ctx).state.compare).toBe('2026-11-28');
  });

  it('ignores unknown ids, languages and parameters, saying so', () => {
    const { state, notices } = parseViewState('?node=ocid&focus=nope&lang=fr&utm_source=x', ctx);
    expect(state).toEqual(base);
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toMatch(/ocid.*nope.*fr/s);
  });

  it('turns compare off when it equals the date', () => {
    const { state, notices } = parseViewState('?date=2020-01-01&compare=2020-01-01', ctx);
    expect(state.compare).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('names the versions since an older link was made', () => {
    const { notices } = parseViewState('?v=1.0.0', ctx);
    expect(notices).toEqual([
      'This link was made with dataset 1.0.0. Changed since: 1.1.0 (Adds CRI-O.); 1.2.0 (Adds gVisor.).',
    ]);
    expect(parseViewState('?v=9.9.9', ctx).notices[0]).toMatch(/never existed/);
  });

  it('reads the guide’s answers and embed mode, and restarts a guide whose answers do not fit', () => {
    expect(parseViewState('?guide=nnnyn&embed=1', ctx)).toEqual({
      state: { ...base, guide: 'nnnyn', embed: true },
      notices: [],
    });
    expect(parseViewState('?guide=', ctx).state.guide).toBe('');
    const bad = parseViewState('?guide=yyy', ctx);
    expect(bad.state.guide).toBe('');
    expect(bad.notices[0]).toMatch(/guide/);
  });

  it('reads view=chronicle; absent or view=canvas is the canvas; any other view is dropped with a notice', () => {
    expect(parseViewState('?view=chronicle&date=2019-06-15', ctx)).toEqual({
      state: { ...base, date: '2019-06-15', tab: 'chronicle' },
      notices: [],
    });
    expect(parseViewState('?view=canvas', ctx)).toEqual({ state: base, notices: [] });
    const bad = parseViewState('?view=gantt', ctx);
    expect(bad.state.tab).toBe('canvas');
    expect(bad.notices).toEqual(['There is no view “gantt” (canvas, chronicle); showing the canvas.']);
  });

  it('records notices to be worded in either language (the banner follows a language switch)', () => {
    expect(parseViewState('?lang=ja&node=ocid', ctx, 'ja').notices[0]).toMatch(/コンポーネントはない/);
    expect(parseViewState('?lang=ja&node=ocid', ctx, 'en').notices[0]).toMatch(/No component has the id/);
    expect(parseViewState('?lang=ja&node=ocid', ctx, 'en').state.lang).toBe('ja');
  });

  it('reads figure=1 (this stack only) with a focus, and drops it without one, saying so', () => {
    expect(parseViewState('?focus=cri-o&figure=1', ctx)).toEqual({
      state: { ...base, focus: 'cri-o', figure: true },
      notices: [],
    });
    const alone = parseViewState('?figure=1', ctx);
    expect(alone.state).toEqual(base);
    expect(alone.notices).toHaveLength(1);
    expect(alone.notices[0]).toMatch(/figure=1.*focus/);
    const unknown = parseViewState('?focus=nope&figure=1', ctx);
    expect(unknown.state).toEqual(base);
    expect(unknown.notices.join(' ')).toMatch(/nope.*figure=1/s);
    expect(parseViewState('?focus=cri-o&figure=0', ctx).state.figure).toBe(false);
  });

  it('cuts very long input short in the notice', () => {
    const { notices } = parseViewState(`?date=${'9'.repeat(5000)}`, ctx);
    expect(notices[0].length).toBeLessThan(200);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(base, ctx)).toBe('');
  });

  it('writes parameters in the contract order, and v only when asked', () => {
    const state: ViewState = {
      date: '2017-10-15',
      node: 'docker',
      focus: 'cri-o',
      compare: '2016-06-01',
      lang: 'ja',
      guide: 'nny',
      embed: true,
      figure: true,
      tab: 'chronicle',
    };
    expect(serializeViewState(state, ctx)).toBe(
      '?date=2017-10-15&node=docker&focus=cri-o&figure=1&compare=2016-06-01&lang=ja&guide=nny&embed=1&view=chronicle',
    );
  });

  it('pins the day as well as the data version in a link to share, so the shared day never moves', () => {
    expect(serializeViewState(base, ctx, { withVersion: true })).toBe('?date=2026-11-28&v=1.2.0');
  });
});

describe('properties', () => {
  const day = fc
    .date({
      min: new Date('2013-01-01T00:00:00Z'),
      max: new Date('2026-11-28T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const state: fc.Arbitrary<ViewState> = fc
    .record({
      date: day,
      node: fc.constantFrom(null, ...ctx.componentIds),
      focus: fc.constantFrom(null, ...ctx.stackIds),
      compare: fc.option(day, { nil: null }),
      lang: fc.constantFrom('en' as const, 'ja' as const),
      guide: fc.constantFrom(null, '', 'y', 'nn', 'nnnyn', 'nnnnn'),
      embed: fc.boolean(),
      figure: fc.boolean(),
      tab: fc.constantFrom('canvas' as const, 'chronicle' as const),
    })
    .map((s) => (s.compare === s.date ? { ...s, compare: null } : s))
    .map((s) => (s.focus === null ? { ...s, figure: false } : s));

  it('round-trips every valid state without a notice', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseViewState(serializeViewState(s, ctx), ctx)).toEqual({ state: s, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('turns any query string into a valid state whose URL reads back unchanged', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const { state, notices } = parseViewState(`?${q}`, ctx);
        expect(isDay(state.date) && state.date >= ctx.minDay && state.date <= ctx.maxDay).toBe(true);
        expect(state.node === null || ctx.componentIds.has(state.node)).toBe(true);
        expect(state.focus === null || ctx.stackIds.has(state.focus)).toBe(true);
        expect(!state.figure || state.focus !== null).toBe(true);
        expect(state.compare === null || (isDay(state.compare) && state.compare !== state.date)).toBe(true);
        expect(['canvas', 'chronicle']).toContain(state.tab);
        for (const n of notices) expect(n.length).toBeLessThan(400);
        expect(parseViewState(serializeViewState(state, ctx), ctx)).toEqual({ state, notices: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
