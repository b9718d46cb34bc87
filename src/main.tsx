import { startTransition, StrictMode, useInsertionEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './boot';
import { messages } from './i18n';
import { Explorer } from './ui/Explorer';
import { browserLang } from './url/context';
import './index.css';

/**
 * The explorer's stylesheet, which the build loads without holding up the first paint (as a
 * stylesheet for print: scripts/vite-plugin-first-paint.ts); none in development, where Vite
 * injects the styles itself.
 */
const styles = document.querySelector<HTMLLinkElement>('link[data-explorer-styles]');

/** Resolves once the stylesheet has arrived (or failed to: the explorer then draws unstyled rather than not at all). */
function stylesLoaded(): Promise<void> {
  if (styles === null || styles.sheet !== null) return Promise.resolve();
  return new Promise((resolve) => {
    styles.addEventListener('load', () => resolve(), { once: true });
    styles.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Applies the stylesheet in the commit that replaces the first paint, before anything lays the explorer out. */
function ExplorerStyles() {
  useInsertionEffect(() => {
    if (styles !== null) styles.media = 'all';
  }, []);
  return null;
}

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
Promise.all([boot(), stylesLoaded()]).then(
  // A transition: the first render yields to the browser every few milliseconds instead of
  // blocking it in one long task (the static first paint stays up meanwhile).
  () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <ExplorerStyles />
          <Explorer />
        </StrictMode>,
      ),
    ),
  (error: unknown) =>
    root.render(
      <>
        <ExplorerStyles />
        <p role="alert" className="p-8 text-slate-700">
          {String((error as Error).message ?? error)}{' '}
          <a className="underline" href=".">
            {t.reload}
          </a>
        </p>
      </>,
    ),
);
