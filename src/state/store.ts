import { create } from 'zustand';
import type { Day } from '../model/types';
import type { Lang, ViewState } from '../url/view-state';

/** How a view change is recorded in the browser history: dragging replaces, discrete actions push. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** A notice in both languages, so it follows a language switch. */
export interface Notice {
  id: number;
  text: Record<Lang, string>;
}

interface ExplorerStore {
  /** Null until the URL has been read. */
  view: ViewState | null;
  historyMode: HistoryMode;
  notices: Notice[];
  playing: boolean;
  /** Draw only the focused stack, like the article's figure (`figure=1`). */
  setFigure: (figure: boolean) => void;
  setView: (view: ViewState, historyMode: HistoryMode) => void;
  setDate: (date: Day, historyMode: HistoryMode) => void;
  select: (node: string | null) => void;
  setFocus: (focus: string | null) => void;
  setCompare: (compare: Day | null) => void;
  setLang: (lang: Lang) => void;
  /** Several view changes as one history entry (the guide sets its answers and the focus together). */
  patch: (patch: Partial<ViewState>, historyMode: HistoryMode) => void;
  setPlaying: (playing: boolean) => void;
  addNotices: (texts: Record<Lang, string>[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const useExplorer = create<ExplorerStore>()((set) => {
  const change = (patch: Partial<ViewState>, historyMode: HistoryMode) =>
    set((s) => (s.view === null ? {} : { view: { ...s.view, ...patch }, historyMode }));
  return {
    view: null,
    historyMode: 'none',
    notices: [],
    playing: false,
    setFigure: (figure) => change({ figure }, 'push'),
    setView: (view, historyMode) => set({ view, historyMode }),
    setDate: (date, historyMode) => change({ date }, historyMode),
    select: (node) => change({ node }, 'push'),
    setFocus: (focus) => change(focus === null ? { focus, figure: false } : { focus }, 'push'),
    setCompare: (compare) => change({ compare }, 'push'),
    setLang: (lang) => change({ lang }, 'push'),
    patch: change,
    setPlaying: (playing) => set({ playing }),
    addNotices: (texts) => set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextNoticeId++, text }))] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
});

export const selectView = (s: ExplorerStore) => s.view;
export const selectNotices = (s: ExplorerStore) => s.notices;
