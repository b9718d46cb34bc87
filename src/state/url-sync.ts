import { parseViewState, serializeViewState, type ViewContext } from '../url/view-state';
import { useExplorer } from './store';

/**
 * The URL is the source of truth on load and on Back/Forward; afterwards the store writes it.
 * A malformed URL is rewritten (replace) to what is shown, with a notice saying what changed.
 */
export function startUrlSync(ctx: ViewContext): () => void {
  const readUrl = () => {
    const { state, notices } = parseViewState(window.location.search, ctx);
    useExplorer.getState().setView(state, 'none');
    useExplorer.getState().addNotices(notices);
    const canonical = serializeViewState(state, ctx);
    if (canonical !== window.location.search) window.history.replaceState(null, '', urlWith(canonical));
  };

  readUrl();
  const onPopState = () => {
    useExplorer.getState().setPlaying(false);
    readUrl();
  };
  window.addEventListener('popstate', onPopState);

  const unsubscribe = useExplorer.subscribe((s, previous) => {
    if (s.view === previous.view || s.view === null || s.historyMode === 'none') return;
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

/** The current view as a link to share, carrying the dataset version it was made with. */
export function shareableUrl(ctx: ViewContext): string {
  const view = useExplorer.getState().view;
  const search = view === null ? '' : serializeViewState(view, ctx, { withVersion: true });
  return `${window.location.origin}${window.location.pathname}${search}`;
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}
