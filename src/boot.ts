import { loadCompareView, loadFigureView } from './canvas/views';
import { loadDataset, loadPublishedPrepared } from './data/load';
import { loadLanguage } from './i18n';
import { fromPublished } from './model/explorer';
import { initExplorer, withNotices } from './state/store';
import { startUrlSync } from './state/url-sync';
import { parseViewState } from './url/view-state';
import { browserLang, viewContext } from './url/context';
import { Chronicle, DetailsPanel } from './ui/panels';

/** The language the first view will speak: the link's `lang`, else the browser's. */
function firstLang(link: URLSearchParams) {
  const lang = link.get('lang');
  return lang === 'ja' || lang === 'en' ? lang : browserLang(navigator.languages);
}

/**
 * Everything before the first drawing: the dataset, its layout, the link's language and the
 * panels it opens with (a component's details, the chronicle) arrive together, then the URL is
 * read, so the store starts with the view the link names (and the figure layout is awaited only
 * when that view is a figure).
 */
export async function boot(): Promise<void> {
  const link = new URLSearchParams(window.location.search);
  const [dataset, published] = await Promise.all([
    loadDataset(),
    loadPublishedPrepared(),
    loadLanguage(firstLang(link)),
    link.has('node') && DetailsPanel.preload(),
    link.get('view') === 'chronicle' && Chronicle.preload(),
  ]);
  // The build laid the dataset out ahead (data/prepared.json); a dataset replaced since is laid out here.
  const prepared = fromPublished(dataset, published) ?? (await import('./model/prepare')).prepare(dataset);
  const ctx = viewContext(prepared, browserLang(navigator.languages));
  const { state: view, notices } = parseViewState(window.location.search, ctx);
  // The figure view's and the compare view's code are chunks of their own: the first view waits
  // for one only when it is that view (else it arrives meanwhile; "this stack only" waits for it
  // too, src/ui/view/FocusPicker.tsx, and so does a compare, src/canvas/Canvas.tsx).
  const [figure, compare] = [loadFigureView(), loadCompareView()];
  if (view.figure) await figure;
  if (view.compare !== null) await compare;
  initExplorer({ prepared, ctx, view, notices: withNotices([], notices), playing: false });
  startUrlSync(window);
}
