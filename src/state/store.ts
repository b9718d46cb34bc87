import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Prepared } from '../model/explorer';
import type { Say } from '../url/notices';
import type { Lang, ViewContext, ViewState } from '../url/view-state';

/** A notice, worded where it is shown, so it follows a language switch. */
export interface Notice {
  id: number;
  say: Say;
}

/** Everything the explorer draws from. It exists only once the dataset is loaded and the URL read. */
export interface ExplorerState {
  /** The dataset and what is derived from it once; never changes after the start. */
  prepared: Prepared;
  /** What the URL layer checks links against (ids, days, versions). */
  ctx: ViewContext;
  view: ViewState;
  notices: Notice[];
  playing: boolean;
}

let store: StoreApi<ExplorerState> | null = null;

/** Create the store with its first real view; called once before the first render (and by each test). */
export function initExplorer(state: ExplorerState): StoreApi<ExplorerState> {
  store = createStore<ExplorerState>()(() => state);
  return store;
}

/** The store; throws when used before initExplorer(), which would be a bug in the start-up order. */
export function explorerStore(): StoreApi<ExplorerState> {
  if (store === null) throw new Error('The explorer store was used before initExplorer().');
  return store;
}

/** Select the state a component draws; it re-renders only when that slice changes. */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(explorerStore(), selector);
}

export const getExplorer = (): ExplorerState => explorerStore().getState();

export const selectView = (s: ExplorerState) => s.view;
export const selectNotices = (s: ExplorerState) => s.notices;
export const selectPrepared = (s: ExplorerState) => s.prepared;
export const selectLang = (s: ExplorerState) => s.view.lang;

/** The dataset and what was derived from it at the start (it never changes). */
export const usePrepared = (): Prepared => useExplorer(selectPrepared);
/** The language of the view. */
export const useLang = (): Lang => useExplorer(selectLang);

let nextNoticeId = 1;

/** `notices` with `says` added at the end, each with an id of its own. */
export function withNotices(notices: Notice[], says: Say[]): Notice[] {
  return says.length === 0 ? notices : [...notices, ...says.map((say) => ({ id: nextNoticeId++, say }))];
}
