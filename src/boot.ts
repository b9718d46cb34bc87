import { loadCompareView, loadFigureView } from './canvas/views';
import { loadDataset, loadPublishedPrepared } from './data/load';
import { loadLanguage } from './i18n';
import { fromPublished } from './model/explorer';
import { idle } from './state/idle';
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
  // for one only when it is that view. Otherwise they are fetched once the first view is drawn and
  // the page is idle (fetched beside the dataset, they delayed the first full canvas by a paired
  // median of 15–23 ms); a view that wants one sooner asks for it (src/canvas/Canvas.tsx, useChunk).
  if (view.figure) await loadFigureView();
  if (view.compare !== null) await loadCompareView();
  initExplorer({ prepared, ctx, view, notices: withNotices([], notices), playing: false });
  startUrlSync(window);
  idle(() => void Promise.all([loadFigureView(), loadCompareView()]).catch(() => null));
}
