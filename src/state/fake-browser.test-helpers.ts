import { join } from 'node:path';
import { readDataset } from '../../scripts/lib/read-data';
import { prepare } from '../model/prepare';
import { viewContext } from '../url/context';
import { initExplorer, withNotices } from './store';
import { parseViewState } from '../url/view-state';
import { startUrlSync, type Browser } from './url-sync';

/** A browser history of whole URLs (path + query), with Back and Forward that fire popstate. */
export function fakeBrowser(first = '/') {
  const entries = [first];
  let index = 0;
  const listeners = new Set<() => void>();
  const url = () => entries[index];
  const browser: Browser = {
    location: {
      get search() {
        const q = url().indexOf('?');
        return q === -1 ? '' : url().slice(q);
      },
      pathname: '/',
      hash: '',
      origin: 'https://example.org',
    },
    history: {
      pushState: (_data, _unused, next) => {
        entries.splice(index + 1, Infinity, next);
        index += 1;
      },
      replaceState: (_data, _unused, next) => {
        entries[index] = next;
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const go = (step: number) => {
    index += step;
    for (const listener of listeners) listener();
  };
  return { browser, entries, index: () => index, back: () => go(-1), forward: () => go(1) };
}

const prepared = prepare(readDataset(join(import.meta.dirname, '../../data')).dataset);

/** The explorer's start as src/boot.ts does it, with the real dataset, an English browser and a fake history. */
export function startWith(first = '/') {
  const fake = fakeBrowser(first);
  const ctx = viewContext(prepared, 'en');
  const { state: view, notices } = parseViewState(fake.browser.location.search, ctx);
  const store = initExplorer({ prepared, ctx, view, notices: withNotices([], notices), playing: false });
  const stop = startUrlSync(fake.browser);
  return { ...fake, store, stop, asOf: prepared.dataset.asOf };
}
