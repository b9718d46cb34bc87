import { useDeferredValue, useEffect } from 'react';
import { Canvas } from '../canvas/Canvas';
import type { Prepared } from '../model/explorer';
import { selectDate, useExplorer } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { DateSlider } from './DateSlider';
import { Header } from './Header';
import { Notices } from './Notices';

export function Explorer({ prepared }: { prepared: Prepared }) {
  const date = useExplorer(selectDate);
  const setDate = useExplorer((s) => s.setDate);
  // The thumb and label follow the pointer at once; the canvas may lag a frame behind.
  const drawnDate = useDeferredValue(date);

  useEffect(() => startUrlSync({ minDay: prepared.minDay, maxDay: prepared.maxDay }), [prepared]);

  if (date === '') return null;
  return (
    <div className="flex h-dvh flex-col">
      <Header version={prepared.dataset.version} asOf={prepared.dataset.asOf} />
      <div className="space-y-2 border-b border-slate-200 px-4 py-3">
        <Notices />
        <DateSlider date={date} minDay={prepared.minDay} maxDay={prepared.maxDay} onChange={(d) => setDate(d, 'replace')} />
      </div>
      <main className="min-h-0 grow" aria-label="Component stack">
        <Canvas prepared={prepared} date={drawnDate} />
      </main>
    </div>
  );
}
