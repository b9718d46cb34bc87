import { useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';
import { setLang } from '../state/actions';
import { useLang, usePrepared } from '../state/store';
import type { Lang } from '../url/view-state';
import type { ThemeChoice, useTheme } from './theme';

interface HeaderProps {
  theme: ReturnType<typeof useTheme>;
  onHelp: () => void;
  children?: ReactNode;
}

export function Header({ theme, onHelp, children }: HeaderProps) {
  const t = useMessages();
  const lang = useLang();
  const { version, asOf } = usePrepared().dataset;
  // On a phone the controls fold behind one button, so the canvas gets the screen.
  const [menu, setMenu] = useState(false);
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-1 md:py-2 xl:flex-nowrap">
      <h1 className="shrink-0 text-base font-bold md:text-xl">{t.title}</h1>
      <button type="button" className="btn md:hidden" aria-expanded={menu} onClick={() => setMenu(!menu)}>
        {t.menu}
      </button>
      {/* One line from 1280 px; the subtitle only where there is room for it. */}
      <div
        className={`${menu ? 'flex' : 'hidden'} w-full flex-wrap items-center gap-3 text-sm text-slate-700 md:flex md:w-auto xl:flex-nowrap`}
      >
        <span className="hidden md:inline">
          <span className="hidden 2xl:inline">{t.subtitle(asOf)} · </span>
          <a className="underline" href="data/dataset.json" download="dataset.json">
            {t.downloadData(version)}
          </a>{' '}
          ·{' '}
          <a className="underline" href="data-format.html">
            {t.datasetFormat}
          </a>
        </span>
        {children}
        <label className="flex items-center gap-1">
          <span className="sr-only">{t.language}</span>
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            className="rounded border border-slate-300 bg-white px-1"
          >
            <option value="en">English</option>
            <option value="ja">日本語</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span className="sr-only">{t.theme}</span>
          <select
            value={theme.choice}
            onChange={(e) => theme.choose(e.target.value as ThemeChoice)}
            className="rounded border border-slate-300 bg-white px-1"
          >
            {(['system', 'light', 'dark'] as const).map((c) => (
              <option key={c} value={c}>
                {t.themes[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn hidden md:inline-block" onClick={onHelp} aria-keyshortcuts="?">
          {t.shortcuts}
        </button>
      </div>
    </header>
  );
}
