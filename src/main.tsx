import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { messages } from './i18n';
import { Explorer } from './ui/Explorer';
import { browserLang } from './url/context';
import './index.css';

const root = createRoot(document.getElementById('root')!);
const t = messages(browserLang(navigator.languages));

// Nothing of the explorer renders before the dataset is loaded and the URL read. Until then the
// page shows the default view the build drew (scripts/vite-plugin-first-paint.ts), or says it is loading.
if (document.querySelector('.first-paint') === null) {
  root.render(
    <p role="status" className="p-8 text-slate-700">
      {t.loading}
    </p>,
  );
}
boot().then(
  // A transition: the first render yields to the browser every few milliseconds instead of
  // blocking it in one long task (the static first paint stays up meanwhile).
  () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <Explorer />
        </StrictMode>,
      ),
    ),
  (error: unknown) =>
    root.render(
      <p role="alert" className="p-8 text-slate-700">
        {String((error as Error).message ?? error)}{' '}
        <a className="underline" href=".">
          {t.reload}
        </a>
      </p>,
    ),
);
