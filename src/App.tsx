import { useEffect, useState } from 'react';
import { loadFigureView } from './canvas/views';
import { loadDataset } from './data/load';
import { loadTimeline } from './state/useTimeline';
import { prepare, type Prepared } from './model/explorer';
import { Explorer } from './ui/Explorer';
import { loadLanguage, messages } from './i18n';
import { browserLang } from './url/context';

/** The language the first view will speak: the link's `lang`, else the browser's. */
const firstLang = () => (new URLSearchParams(window.location.search).get('lang') === 'ja' ? 'ja' : browserLang(navigator.languages));

type Loading = { status: 'loading' } | { status: 'ready'; prepared: Prepared } | { status: 'failed'; message: string };

export function App() {
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  useEffect(() => {
    Promise.all([loadDataset(), loadFigureView(), loadTimeline(), loadLanguage(firstLang())]).then(
      ([dataset]) => setLoading({ status: 'ready', prepared: prepare(dataset) }),
      (error: unknown) => setLoading({ status: 'failed', message: String((error as Error).message ?? error) }),
    );
  }, []);

  if (loading.status === 'ready') return <Explorer prepared={loading.prepared} />;
  const t = messages(browserLang(navigator.languages));
  return (
    <p role={loading.status === 'failed' ? 'alert' : 'status'} className="p-8 text-slate-700">
      {loading.status === 'failed' ? (
        <>
          {loading.message} <a className="underline" href=".">{t.reload}</a>
        </>
      ) : (
        t.loading
      )}
    </p>
  );
}
