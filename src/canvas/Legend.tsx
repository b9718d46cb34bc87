import { Panel } from '@xyflow/react';
import { useState } from 'react';
import type { Mechanism } from '../model/types';
import { MECHANISM_STYLE } from './mechanisms';
import { useLang, useMessages } from '../i18n/useMessages';

/** What the edge colours and dashes mean; only the mechanisms drawn today are listed. */
export function Legend({ mechanisms, comparing }: { mechanisms: Mechanism[]; comparing: boolean }) {
  // Folded at first so it never hides the drawing; one click opens it.
  const [open, setOpen] = useState(false);
  const t = useMessages();
  const lang = useLang();
  return (
    <Panel
      position="bottom-right"
      className="legend max-w-60 rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs shadow-sm"
    >
      <button type="button" className="font-semibold" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.legend} {open ? '▾' : '▸'}
      </button>
      {open && (
        <ul className="mt-1 space-y-0.5" aria-label={t.legend}>
          {mechanisms.map((m) => (
            <li key={m} className="flex items-center gap-2">
              <svg width="28" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="28" y2="4" stroke={MECHANISM_STYLE[m].colour} strokeWidth="2.5" />
              </svg>
              {MECHANISM_STYLE[m].label[lang]}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="28"
                y2="4"
                stroke="var(--color-slate-600)"
                strokeWidth="2"
                strokeDasharray="6 4"
              />
            </svg>
            {t.secondaryPath}
          </li>
          {comparing && (
            <>
              <li>
                <span
                  className="inline-block w-7 rounded border-2 border-emerald-600 bg-emerald-50"
                  aria-hidden="true"
                >
                  &nbsp;
                </span>{' '}
                {t.addedSince}
              </li>
              <li>
                <span
                  className="inline-block w-7 rounded border-2 border-dashed border-red-700 bg-red-50"
                  aria-hidden="true"
                >
                  &nbsp;
                </span>{' '}
                {t.goneSince}
              </li>
              <li className="text-violet-900">⋯ {t.replacedBy}</li>
            </>
          )}
        </ul>
      )}
    </Panel>
  );
}
