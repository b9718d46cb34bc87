import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Canvas } from '../canvas/Canvas';
import { ExportMenu } from '../canvas/export/ExportMenu';
import { ChronicleExport } from '../chronicle/ChronicleExport';
import { ViewTabs } from '../chronicle/ViewTabs';
import { useMessages } from '../i18n/useMessages';
import { snapshotAt } from '../model/snapshot';
import { patchView, select } from '../state/actions';
import type { Component, Stack } from '../model/types';
import type { ViewState } from '../url/view-state';
import { useExplorer, usePrepared, type ExplorerState } from '../state/store';
import { CanvasBoundary, PanelBoundary } from './CanvasBoundary';
import { Header } from './Header';
import { Notices } from './Notices';
import { Chronicle, DetailsPanel, GuidePanel, ShortcutHelp } from './panels';
import { Search } from './Search';
import { exportCaption, fileStem, fullViewHref } from './share';
import { StoryPanel } from './story/StoryPanel';
import { useTheme } from './theme';
import { SettledDayProvider, useSettledDay } from './SettledDay';
import { Timeline } from './timeline/Timeline';
import { useShortcuts } from './useShortcuts';
import { CompareControl } from './view/CompareControl';
import { FocusPicker } from './view/FocusPicker';

export function Explorer() {
  return (
    <SettledDayProvider>
      <Layout />
    </SettledDayProvider>
  );
}

function Layout() {
  // Not the day: a day change re-renders only what draws the day (the timeline, the canvas, the
  // story), not the header, the view options and the panels around them.
  const view = useExplorer(useShallow(withoutDate));
  const { dataset } = usePrepared();
  const [help, setHelp] = useState(false);
  const [viewOptions, setViewOptions] = useState(false);
  // The side panel can fold away on wide screens, so the canvas takes the width; picking a part or the guide brings it back.
  const [panelFolded, setPanelFolded] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => {
    let wasOpen = false;
    setHelp((h) => ((wasOpen = h), false));
    return wasOpen;
  }, []);
  useShortcuts(toggleHelp, closeHelp);
  const t = useMessages();
  const theme = useTheme();
  useEffect(() => {
    // Written only when it differs: writing the same value restyles the whole page (about 12 ms
    // while loading, where the first-view script has set it already).
    if (document.documentElement.lang !== view.lang) document.documentElement.lang = view.lang;
  }, [view.lang]);

  const selected = view.node === null ? undefined : dataset.components.find((c) => c.id === view.node);
  const focus = dataset.stacks.find((s) => s.id === view.focus) ?? null;
  const folded = panelFolded && !selected && view.guide === null;

  const canvas = (
    // A new width is a new drawing to fit: the canvas remounts when the side panel folds or unfolds.
    <DayCanvas key={String(folded)} view={view} focus={focus} dark={theme.dark} />
  );
  // view=chronicle: every component's life instead of the day's stack (src/chronicle/).
  const drawing =
    view.tab === 'chronicle' ? (
      <CanvasBoundary resetKey={`${view.focus}|${view.compare}`} messages={t}>
        <Chronicle focus={focus} compare={view.compare} selected={view.node} />
      </CanvasBoundary>
    ) : (
      canvas
    );
  const timeline = <Timeline />;

  if (view.embed) {
    return (
      <div className="flex h-dvh flex-col bg-white text-slate-900" data-embed="true">
        <div className="border-b border-slate-200 px-3 py-1">
          {timeline}
          <a className="text-sm text-sky-800 underline" href={fullViewHref()} target="_top">
            {t.embedOpenFull}
          </a>
        </div>
        <main className="min-h-0 grow" aria-label={t.componentStack}>
          {drawing}
        </main>
      </div>
    );
  }

  return (
    <div className="flex h-dvh flex-col bg-white text-slate-900">
      <Header theme={theme} onHelp={toggleHelp}>
        <Search />
        <button
          type="button"
          className="btn"
          aria-pressed={view.guide !== null}
          onClick={() => patchView({ guide: view.guide === null ? '' : null }, 'push')}
        >
          {t.guide}
        </button>
      </Header>
      <div className="space-y-2 border-b border-slate-200 px-4 py-2">
        <Notices />
        {timeline}
      </div>
      <div className="flex min-h-0 grow flex-col md:flex-row">
        <main className="flex min-h-0 min-w-0 grow flex-col" aria-label={t.componentStack}>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-1.5">
            <ViewTabs />
            <button
              type="button"
              className="btn sm:hidden"
              aria-expanded={viewOptions}
              onClick={() => setViewOptions(!viewOptions)}
            >
              {t.viewOptions}
            </button>
            <div
              className={`${viewOptions ? 'flex' : 'hidden'} flex-wrap items-center gap-x-4 gap-y-1 sm:contents`}
            >
              <FocusPicker />
              <CompareControl />
              {view.tab === 'chronicle' ? (
                <ChronicleExport fileStem={`${fileStem()}-chronicle`} caption={exportCaption} />
              ) : (
                <ExportMenu dark={theme.dark} fileStem={fileStem()} caption={exportCaption} />
              )}
            </div>
            <button
              type="button"
              className="btn ml-auto hidden md:inline-block"
              aria-pressed={folded}
              onClick={() => setPanelFolded(!folded)}
            >
              {folded ? t.showPanel : t.hidePanel}
            </button>
          </div>
          <div className="min-h-0 grow">{drawing}</div>
        </main>
        {/* Beside the canvas on wide screens; a bottom sheet on phones. */}
        <aside
          className={`${selected || view.guide !== null ? 'max-h-[45dvh]' : 'max-h-[14dvh]'} shrink-0 overflow-y-auto border-t border-slate-200 bg-white shadow-[0_-4px_12px_rgb(0_0_0/0.08)] md:max-h-none md:w-[22rem] md:border-l md:border-t-0 md:shadow-none ${folded ? 'md:hidden' : ''}`}
          aria-label={t.aboutThisDay}
        >
          {view.guide !== null && (
            <PanelBoundary resetKey={view.guide}>
              <GuidePanel />
            </PanelBoundary>
          )}
          <DayPanels selected={selected} />
        </aside>
      </div>
      <PageTitle />
      {help && (
        <PanelBoundary>
          <ShortcutHelp onClose={() => setHelp(false)} />
        </PanelBoundary>
      )}
    </div>
  );
}

type ViewWithoutDate = Omit<ViewState, 'date'>;

function withoutDate({ view }: ExplorerState): ViewWithoutDate {
  const { date: _date, ...rest } = view;
  return rest;
}

function DayCanvas({ view, focus, dark }: { view: ViewWithoutDate; focus: Stack | null; dark: boolean }) {
  const date = useExplorer((s) => s.view.date);
  const t = useMessages();
  return (
    <CanvasBoundary resetKey={`${date}|${view.focus}|${view.compare}|${view.figure}`} messages={t}>
      <Canvas
        date={date}
        focus={focus}
        isolate={view.figure}
        compare={view.compare}
        selected={view.node}
        onSelect={select}
        dark={dark}
      />
    </CanvasBoundary>
  );
}

/** The details and the story of the day the slider stops on (src/ui/SettledDay.tsx). */
function DayPanels({ selected }: { selected: Component | undefined }) {
  const { dataset } = usePrepared();
  const day = useSettledDay();
  const snapshot = useMemo(() => snapshotAt(dataset, day), [dataset, day]);
  return (
    <>
      {selected && (
        <PanelBoundary resetKey={selected.id}>
          <DetailsPanel component={selected} snapshot={snapshot} />
        </PanelBoundary>
      )}
      <StoryPanel snapshot={snapshot} />
    </>
  );
}

/**
 * The tab's title names the day the slider stops on (a single step after a pause at once): each
 * title is a message to the browser, which a drag would send with every move.
 */
function PageTitle() {
  const t = useMessages();
  const day = useSettledDay();
  useEffect(() => {
    document.title = t.pageTitle(day);
  }, [t, day]);
  return null;
}
