import { create } from 'zustand';
import type { Day } from '../model/types';
import type { ViewState } from '../url/view-state';

/** How a view change is recorded in the browser history. */
export type HistoryMode = 'push' | 'replace' | 'none';

export interface Notice {
  id: number;
  text: string;
}

interface ExplorerStore {
  view: ViewState;
  /** How the last view change should reach the URL. */
  historyMode: HistoryMode;
  notices: Notice[];
  setView: (view: ViewState, historyMode: HistoryMode) => void;
  setDate: (date: Day, historyMode: HistoryMode) => void;
  addNotices: (texts: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const useExplorer = create<ExplorerStore>()((set) => ({
  view: { date: '' },
  historyMode: 'none',
  notices: [],
  setView: (view, historyMode) => set({ view, historyMode }),
  setDate: (date, historyMode) => set((s) => ({ view: { ...s.view, date }, historyMode })),
  addNotices: (texts) =>
    set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextNoticeId++, text }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const selectDate = (s: ExplorerStore) => s.view.date;
export const selectNotices = (s: ExplorerStore) => s.notices;
