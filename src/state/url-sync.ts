import { parseViewState, serializeViewState, type ViewContext } from '../url/view-state';
import { useExplorer } from './store';

/**
 * The URL is the source of truth on load and on Back/Forward; afterwards the store writes it.
 * A malformed URL is rewritten (replace) to what is shown, with a notice saying what changed.
 */
export function startUrlSync(ctx: ViewContext): () => void {
  const readUrl = (withNotices: boolean) => {
    const { state, notices } = parseViewState(window.location.search, ctx);
    useExplorer.getState().setView(state, 'none');
    if (withNotices) useExplorer.getState().addNotices(notices);
    const canonical = serializeViewState(state, ctx);
    if (canonical !== window.location.search) window.history.replaceState(null, '', urlWith(canonical));
  };

  readUrl(true);
  const onPopState = () => readUrl(true);
  window.addEventListener('popstate', onPopState);

  const unsubscribe = useExplorer.subscribe((s, previous) => {
    if (s.view === previous.view || s.historyMode === 'none') return;
    const search = serializeViewState(s.view, ctx);
    if (search === window.location.search) return;
    if (s.historyMode === 'push') window.history.pushState(null, '', urlWith(search));
    else window.history.replaceState(null, '', urlWith(search));
  });

  return () => {
    window.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}
