import { dayWhenPresent } from '../model/component-at';
import type { Component, Day } from '../model/types';
import type { Lang, ViewState } from '../url/view-state';
import { explorerStore } from './store';
import { commitView, type HistoryMode } from './url-sync';

// The store's actions, as plain functions (zustand's "no store actions" pattern): components
// select only the state they draw and call these directly. Each view change says how the
// browser history records it.

/** Several view changes as one history entry (the guide sets its answers and the focus together). */
export function patchView(patch: Partial<ViewState>, mode: HistoryMode): void {
  const view = { ...explorerStore().getState().view, ...patch };
  explorerStore().setState({ view });
  commitView(view, mode);
}

/** A drag moves with 'replace' after its first step ('push'), so Back returns to the day before it. */
export const setDate = (date: Day, mode: HistoryMode) => patchView({ date }, mode);
export const select = (node: string | null) => patchView({ node }, 'push');
/** Clearing the focus also clears "this stack only". */
export const setFocus = (focus: string | null) =>
  patchView(focus === null ? { focus, figure: false } : { focus }, 'push');
/** Draw only the focused stack, like the article's figure (`figure=1`). */
export const setFigure = (figure: boolean) => patchView({ figure }, 'push');
export const setCompare = (compare: Day | null) => patchView({ compare }, 'push');
export const setLang = (lang: Lang) => patchView({ lang }, 'push');

/** Open a component found by search: on the shown day if it exists then, else on a day it does. */
export function pickComponent(component: Component): void {
  const { view } = explorerStore().getState();
  patchView({ date: dayWhenPresent(component, view.date), node: component.id }, 'push');
}

export const setPlaying = (playing: boolean) => explorerStore().setState({ playing });

export const dismissNotice = (id: number) =>
  explorerStore().setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
