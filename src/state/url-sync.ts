import { parseViewState, serializeViewState, type ViewState } from '../url/view-state';
import { explorerStore, withNotices } from './store';

/** How a view change is recorded in the history: a discrete action pushes, a drag's later moves replace. */
export type HistoryMode = 'push' | 'replace';

/** The parts of `window` the URL sync uses; tests pass a fake. */
export interface Browser {
  location: { search: string; pathname: string; hash: string; origin: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * While dragging, the URL follows once the moves pause this long: each history write is a
 * same-document navigation, which costs Chromium 1–2 ms on a large canvas (and an IPC round trip).
 */
export const REPLACE_MS = 100;

let writer: ((view: ViewState, mode: HistoryMode) => void) | null = null;

/** Record a view change in the URL (a no-op until startUrlSync has run). */
export function commitView(view: ViewState, mode: HistoryMode): void {
  writer?.(view, mode);
}

/**
 * After the start the store writes the URL; the URL is read again on Back/Forward. A malformed
 * URL is rewritten (replace) to what is shown; the store already holds the view read from it.
 */
export function startUrlSync(browser: Browser): () => void {
  const ctx = explorerStore().getState().ctx;
  const urlWith = (search: string) => `${browser.location.pathname}${search}${browser.location.hash}`;
  const write = (mode: HistoryMode, search: string) => {
    if (search === browser.location.search) return;
    if (mode === 'push') browser.history.pushState(null, '', urlWith(search));
    else browser.history.replaceState(null, '', urlWith(search));
  };
  const canonical = () => write('replace', serializeViewState(explorerStore().getState().view, ctx));

  // A discrete action writes at once, after any pending replace; a drag's moves are written when they pause.
  let pending: ReturnType<typeof setTimeout> | undefined;
  let dragged: ViewState | null = null;
  const flush = () => {
    clearTimeout(pending);
    pending = undefined;
    if (dragged !== null) write('replace', serializeViewState(dragged, ctx));
    dragged = null;
  };
  writer = (view, mode) => {
    if (mode === 'replace') {
      dragged = view;
      clearTimeout(pending);
      pending = setTimeout(flush, REPLACE_MS);
      return;
    }
    flush(); // the entry being left keeps the day the drag ended on
    write('push', serializeViewState(view, ctx));
  };

  const onPopState = () => {
    clearTimeout(pending); // a drag's late write must not overwrite the entry we came back to
    pending = undefined;
    dragged = null;
    const { state: view, notices } = parseViewState(browser.location.search, ctx);
    explorerStore().setState((s) => ({ view, playing: false, notices: withNotices(s.notices, notices) }));
    canonical();
  };
  canonical();
  browser.addEventListener('popstate', onPopState);
  return () => {
    clearTimeout(pending);
    writer = null;
    browser.removeEventListener('popstate', onPopState);
  };
}

/** The current view as a link to share, carrying the dataset version it was made with. */
export function shareableUrl(location: Browser['location']): string {
  const { view, ctx } = explorerStore().getState();
  return `${location.origin}${location.pathname}${serializeViewState(view, ctx, { withVersion: true })}`;
}
