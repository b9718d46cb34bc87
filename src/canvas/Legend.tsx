import { Panel } from '@xyflow/react';
import { useState } from 'react';
import type { Mechanism } from '../model/types';
import { useMessages } from '../i18n/useMessages';
import { PanelBoundary } from '../ui/CanvasBoundary';
import { onDemand } from '../ui/on-demand';

// Folded at first: what it lists is a chunk of its own, off the first bundle.
const LegendList = onDemand(() => import('./LegendList').then((m) => m.default));

/** What the edge colours and dashes mean; only the mechanisms drawn today are listed. */
export function Legend({ mechanisms, comparing }: { mechanisms: Mechanism[]; comparing: boolean }) {
  // Folded at first so it never hides the drawing; one click opens it.
  const [open, setOpen] = useState(false);
  const t = useMessages();
  return (
    <Panel
      position="bottom-right"
      className="legend max-w-60 rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow-sm"
    >
      <button type="button" className="font-semibold" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.legend} {open ? '▾' : '▸'}
      </button>
      {open && (
        <PanelBoundary>
          <LegendList mechanisms={mechanisms} comparing={comparing} />
        </PanelBoundary>
      )}
    </Panel>
  );
}
