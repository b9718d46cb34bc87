import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import type { Prepared } from '../model/explorer';
import { snapshotAt } from '../model/snapshot';
import { selectView, useExplorer } from '../state/store';
import { shareableUrl, startUrlSync } from '../state/url-sync';
import { browserLang, viewContext } from '../url/context';
import { DetailsPanel } from './details/DetailsPanel';
import { Header } from './Header';
import { Notices } from './Notices';
import { ShortcutHelp } from './ShortcutHelp';
import { StoryPanel } from './story/StoryPanel';
import { Timeline } from './timeline/Timeline';
import { useShortcuts } from './useShortcuts';

export function Explorer({ prepared }: { prepared: Prepared }) {
  const view = useExplorer(selectView);
  const select = useExplorer((s) => s.select);
  const ctx = useMemo(() => viewContext(prepared, browserLang()), [prepared]);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const closeHelp = useCallback(() => {
    let wasOpen = false;
    setHelp((h) => ((wasOpen = h), false));
    return wasOpen;
  }, []);
  useShortcuts(prepared, toggleHelp, closeHelp);
  useEffect(() => startUrlSync(ctx), [ctx]);

  // The thumb and label follow the pointer at once; the canvas and story may lag a frame behind.
  const drawnDate = useDeferredValue(view?.date ?? prepared.maxDay);
  const snapshot = useMemo(() => snapshotAt(prepared.dataset, drawnDate), [prepared.dataset, drawnDate]);
  if (view === null) return null;
  const selected = view.node === null ? undefined : prepared.dataset.components.find((c) => c.id === view.node);

  return (
    <div className="flex h-dvh flex-col" lang={view.lang}>
      <Header version={prepared.dataset.version} asOf={prepared.dataset.asOf} onHelp={toggleHelp} />
      <div className="space-y-2 border-b border-slate-200 px-4 py-2">
        <Notices />
        <Timeline prepared={prepared} date={view.date} lang={view.lang} shareUrl={() => shareableUrl(ctx)} />
      </div>
      <div className="flex min-h-0 grow">
        <main className="min-w-0 grow" aria-label="Component stack">
          <Canvas prepared={prepared} snapshot={snapshot} selected={view.node} onSelect={select} />
        </main>
        <aside className="w-96 shrink-0 overflow-y-auto border-l border-slate-200" aria-label="About this day">
          {selected && <DetailsPanel component={selected} snapshot={snapshot} prepared={prepared} lang={view.lang} />}
          <StoryPanel prepared={prepared} snapshot={snapshot} lang={view.lang} />
        </aside>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
