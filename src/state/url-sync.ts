import { parseViewState, serializeViewState, type ViewContext, type ViewState } from '../url/view-state';
import { useExplorer } from './store';

/**
 * The URL is the source of truth on load and on Back/Forward; afterwards the store writes it.
 * A malformed URL is rewritten (replace) to what is shown, with a notice saying what changed.
 */
const REPLACE_MS = 100;

export function startUrlSync(ctx: ViewContext): () => void {
  const readUrl = () => {
    const { state } = parseViewState(window.location.search, ctx);
    // Worded in both languages, so the banner follows a later language switch.
    const [en, ja] = (['en', 'ja'] as const).map((lang) => parseViewState(window.location.search, ctx, lang).notices);
    useExplorer.getState().setView(state, 'none');
    useExplorer.getState().addNotices(en.map((text, i) => ({ en: text, ja: ja[i] })));
    const canonical = serializeViewState(state, ctx);
    if (canonical !== window.location.search) window.history.replaceState(null, '', urlWith(canonical));
  };

  readUrl();

  // While dragging, the URL follows at most every REPLACE_MS (each history write costs the
  // browser an IPC round trip); a discrete action writes at once, after any pending replace.
  let pending: number | undefined;
  let dragged: ViewState | null = null;
  const replace = () => {
    window.clearTimeout(pending);
    pending = undefined;
    if (dragged !== null) writeUrl('replace', serializeViewState(dragged, ctx));
    dragged = null;
  };
  const unsubscribe = useExplorer.subscribe((s, previous) => {
    if (s.view === previous.view || s.view === null || s.historyMode === 'none') return;
    if (s.historyMode === 'replace') {
      dragged = s.view;
      pending ??= window.setTimeout(replace, REPLACE_MS);
      return;
    }
    replace(); // the entry being left keeps the day the drag ended on
    writeUrl('push', serializeViewState(s.view, ctx));
  });

  const onPopState = () => {
    window.clearTimeout(pending); // a drag's late write must not overwrite the entry we came back to
    pending = undefined;
    dragged = null;
    useExplorer.getState().setPlaying(false);
    readUrl();
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    window.clearTimeout(pending);
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

function writeUrl(mode: 'push' | 'replace', search: string): void {
  if (search === window.location.search) return;
  if (mode === 'push') window.history.pushState(null, '', urlWith(search));
  else window.history.replaceState(null, '', urlWith(search));
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}
