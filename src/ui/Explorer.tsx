import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import type { Prepared } from '../model/explorer';
import { snapshotAt } from '../model/snapshot';
import { selectView, useExplorer } from '../state/store';
import { shareableUrl, startUrlSync } from '../state/url-sync';
import { browserLang, viewContext } from '../url/context';
import type { ViewContext, ViewState } from '../url/view-state';
import { CanvasBoundary } from './CanvasBoundary';
import { DetailsPanel } from './details/DetailsPanel';
import { Header } from './Header';
import { Notices } from './Notices';
import { ShortcutHelp } from './ShortcutHelp';
import { StoryPanel } from './story/StoryPanel';
import { Timeline } from './timeline/Timeline';
import { useShortcuts } from './useShortcuts';
import { CompareControl } from './view/CompareControl';
import { FocusPicker } from './view/FocusPicker';

export function Explorer({ prepared }: { prepared: Prepared }) {
  const view = useExplorer(selectView);
  const ctx = useMemo(() => viewContext(prepared, browserLang()), [prepared]);
  useEffect(() => startUrlSync(ctx), [ctx]);
  // Mounted once the URL has been read, so the first drawing is already the linked day.
  return view === null ? null : <ExplorerView prepared={prepared} view={view} ctx={ctx} />;
}

function ExplorerView({ prepared, view, ctx }: { prepared: Prepared; view: ViewState; ctx: ViewContext }) {
  const select = useExplorer((s) => s.select);
  const isolate = useExplorer((s) => s.isolate);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => {
    let wasOpen = false;
    setHelp((h) => ((wasOpen = h), false));
    return wasOpen;
  }, []);
  useShortcuts(prepared, toggleHelp, closeHelp);

  // The thumb and label follow the pointer at once; the canvas and story may lag a frame behind.
  const drawnDate = useDeferredValue(view.date);
  const snapshot = useMemo(() => snapshotAt(prepared.dataset, drawnDate), [prepared.dataset, drawnDate]);
  const selected = view.node === null ? undefined : prepared.dataset.components.find((c) => c.id === view.node);
  const focus = prepared.dataset.stacks.find((s) => s.id === view.focus) ?? null;

  return (
    <div className="flex h-dvh flex-col" lang={view.lang}>
      <Header version={prepared.dataset.version} asOf={prepared.dataset.asOf} onHelp={toggleHelp} />
      <div className="space-y-2 border-b border-slate-200 px-4 py-2">
        <Notices />
        <Timeline prepared={prepared} date={view.date} lang={view.lang} shareUrl={() => shareableUrl(ctx)} />
      </div>
      <div className="flex min-h-0 grow">
        <main className="flex min-w-0 grow flex-col" aria-label="Component stack">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 px-4 py-1.5">
            <FocusPicker stacks={prepared.dataset.stacks} date={view.date} lang={view.lang} focus={view.focus} />
            <CompareControl compare={view.compare} date={view.date} minDay={prepared.minDay} maxDay={prepared.maxDay} />
          </div>
          <div className="min-h-0 grow">
            <CanvasBoundary resetKey={`${drawnDate}|${view.focus}|${view.compare}|${isolate}`}>
              <Canvas prepared={prepared} snapshot={snapshot} focus={focus} isolate={isolate} compare={view.compare} selected={view.node} onSelect={select} />
            </CanvasBoundary>
          </div>
        </main>
        <aside className="w-96 shrink-0 overflow-y-auto border-l border-slate-200" aria-label="About this day">
          {selected && <DetailsPanel component={selected} snapshot={snapshot} prepared={prepared} lang={view.lang} />}
          <StoryPanel prepared={prepared} snapshot={snapshot} compare={view.compare} lang={view.lang} />
        </aside>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
