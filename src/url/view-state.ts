import { clampDay, isDay } from '../model/dates';
import type { Day } from '../model/types';

/** Everything the URL can say about the view (CONTRACT.md §2). */
export interface ViewState {
  date: Day;
}

export interface ViewContext {
  minDay: Day;
  /** The dataset's asOf: the last day and the default. */
  maxDay: Day;
}

export interface Parsed {
  state: ViewState;
  /** What was changed to make the URL valid, in words for a notice. */
  notices: string[];
}

const KNOWN = new Set(['date']);

/** Read a query string into a valid view state; never throws, explains every change it made. */
export function parseViewState(search: string, ctx: ViewContext): Parsed {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { date: ctx.maxDay };

  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN.has(k)))];
  if (unknown.length > 0) notices.push(`Ignored unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map(quote).join(', ')}.`);

  const rawDate = params.get('date');
  if (rawDate !== null) {
    const day = normalizeDay(rawDate);
    if (day === null) notices.push(`${quote(rawDate)} is not a date (use YYYY-MM-DD); showing ${ctx.maxDay}.`);
    else {
      state.date = clampDay(day, ctx.minDay, ctx.maxDay);
      if (state.date !== day) notices.push(`${day} is outside ${ctx.minDay} … ${ctx.maxDay}; showing ${state.date}.`);
    }
  }
  return { state, notices };
}

/** Write only what differs from the default, in the contract's order. */
export function serializeViewState(state: ViewState, ctx: ViewContext): string {
  const params = new URLSearchParams();
  if (state.date !== ctx.maxDay) params.set('date', state.date);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` meaning their first day; null when it is no date. */
function normalizeDay(raw: string): Day | null {
  const value = raw.trim();
  const padded = /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  return isDay(padded) ? padded : null;
}

/** Quote user input for a notice, cut short so a hostile URL cannot flood the page. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${short}”`;
}
