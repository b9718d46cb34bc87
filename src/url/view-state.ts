import { versionsSince } from '../model/changelog';
import { clampDay, isDay } from '../model/dates';
import { walk } from '../model/guide';
import type { Say } from './notices';
import type { DatasetChange, Day } from '../model/types';

export type Lang = 'en' | 'ja';
/** What the main area draws: the day's stack, or every component's life on one timeline. */
export type Tab = 'canvas' | 'chronicle';

/** Everything the URL can say about the view (CONTRACT.md §2), in the contract's order. */
export interface ViewState {
  date: Day;
  node: string | null;
  focus: string | null;
  compare: Day | null;
  lang: Lang;
  /** The runtime guide's answers so far ("y"/"n" per question); null when the guide is closed. */
  guide: string | null;
  /** Canvas and slider only, for an <iframe>. */
  embed: boolean;
  /** This stack only: the focused stack drawn alone, like the article's figure (only with a focus). */
  figure: boolean;
  /** `view=`: the canvas (default) or the chronicle. */
  tab: Tab;
}

export interface ViewContext {
  minDay: Day;
  /** The dataset's asOf: the last day and the default. */
  maxDay: Day;
  componentIds: ReadonlySet<string>;
  stackIds: ReadonlySet<string>;
  defaultLang: Lang;
  version: string;
  changelog: readonly DatasetChange[];
}

export interface Parsed {
  state: ViewState;
  /** What was changed to make the URL valid, or what changed in the data since the link was made. */
  notices: Say[];
}

/** CONTRACT.md §2's parameters, then this app's additions (guide, embed; see docs/contract.md §2). */
const ORDER = ['date', 'node', 'focus', 'figure', 'compare', 'lang', 'v', 'guide', 'embed', 'view'] as const;
const KNOWN = new Set<string>(ORDER);

export function defaultView(ctx: ViewContext): ViewState {
  return {
    date: ctx.maxDay,
    node: null,
    focus: null,
    compare: null,
    lang: ctx.defaultLang,
    guide: null,
    embed: false,
    figure: false,
    tab: 'canvas',
  };
}

/**
 * Read a query string into a valid view state; never throws, explains every change it made (to be
 * worded in the reader's language, which may change later).
 */
export function parseViewState(search: string, ctx: ViewContext): Parsed {
  const params = new URLSearchParams(search);
  const state = defaultView(ctx);
  const notices: Say[] = [];

  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN.has(k)))];
  if (unknown.length > 0) notices.push((m) => m.unknownParams(unknown.slice(0, 5).map(quote)));
  const repeated = ORDER.filter((k) => params.getAll(k).length > 1);
  if (repeated.length > 0) notices.push((m) => m.repeated(repeated.map(quote)));

  const date = params.get('date');
  if (date !== null) state.date = readDay('date', date, ctx.maxDay, ctx, notices);

  const node = params.get('node');
  if (node !== null) {
    if (ctx.componentIds.has(node)) state.node = node;
    else notices.push((m) => m.unknownNode(quote(node)));
  }

  const focus = params.get('focus');
  if (focus !== null) {
    if (ctx.stackIds.has(focus)) state.focus = focus;
    else notices.push((m) => m.unknownStack(quote(focus)));
  }

  const figure = params.get('figure');
  if (figure !== null) {
    if (figure === '1' && state.focus === null) notices.push((m) => m.figureWithoutFocus);
    else state.figure = figure === '1';
  }

  const compare = params.get('compare');
  if (compare !== null) {
    const day = readDay('compare', compare, null, ctx, notices);
    if (day !== null && day !== state.date) state.compare = day;
    else if (day === state.date) notices.push((m) => m.compareSelf(day));
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'ja') state.lang = lang;
    else notices.push((m) => m.unknownLang(quote(lang), state.lang));
  }

  const guide = params.get('guide');
  if (guide !== null) {
    if (walk(guide) !== null) state.guide = guide;
    else {
      state.guide = '';
      notices.push((m) => m.badGuide(quote(guide)));
    }
  }

  const embed = params.get('embed');
  if (embed !== null) state.embed = embed === '1';

  const tab = params.get('view');
  if (tab === 'canvas' || tab === 'chronicle') state.tab = tab;
  else if (tab !== null) notices.push((m) => m.unknownView(quote(tab)));

  const v = params.get('v');
  if (v !== null && v !== ctx.version) {
    const since = versionsSince(ctx.changelog, v);
    if (since === null) notices.push((m) => m.unknownVersion(quote(v), ctx.version));
    else
      notices.push((m) =>
        m.changedSince(
          v,
          since.map((c) => `${c.version}${c.notes[0] ? ` (${clip(c.notes[0], 90)})` : ''}`).join('; '),
        ),
      );
  }
  return { state, notices };
}

/**
 * Write only what differs from the default, in the contract's order. `withVersion` (a link to share)
 * also pins the day, so the shared view does not move when the data moves on.
 */
export function serializeViewState(
  state: ViewState,
  ctx: ViewContext,
  options: { withVersion?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (state.date !== ctx.maxDay || options.withVersion) params.set('date', state.date);
  if (state.node !== null) params.set('node', state.node);
  if (state.focus !== null) params.set('focus', state.focus);
  if (state.figure && state.focus !== null) params.set('figure', '1');
  if (state.compare !== null) params.set('compare', state.compare);
  if (state.lang !== ctx.defaultLang) params.set('lang', state.lang);
  if (options.withVersion) params.set('v', ctx.version);
  if (state.guide !== null) params.set('guide', state.guide);
  if (state.embed) params.set('embed', '1');
  if (state.tab !== 'canvas') params.set('view', state.tab);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function readDay<T extends Day | null>(
  name: string,
  raw: string,
  fallback: T,
  ctx: ViewContext,
  notices: Say[],
): Day | T {
  const day = normalizeDay(raw);
  if (day === null) {
    notices.push((m) => m.notADate(name, quote(raw), fallback));
    return fallback;
  }
  const clamped = clampDay(day, ctx.minDay, ctx.maxDay);
  if (clamped !== day) notices.push((m) => m.outOfRange(name, day, ctx.minDay, ctx.maxDay, clamped));
  return clamped;
}

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` meaning their first day; null when it is no date. */
function normalizeDay(raw: string): Day | null {
  const value = raw.trim();
  const padded = /^\d{4}$/.test(value)
    ? `${value}-01-01`
    : /^\d{4}-\d{2}$/.test(value)
      ? `${value}-01`
      : value;
  return isDay(padded) ? padded : null;
}

/** Quote user input for a notice, cut short so a hostile URL cannot flood the page. */
function quote(value: string): string {
  return `“${clip(value, 40)}”`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
