import type { Mechanism } from '../model/types';
import { MECHANISM_STYLE } from './mechanisms';
import { useLang, useMessages } from '../i18n/useMessages';

/** The opened legend: each mechanism drawn today, the secondary path, and in compare mode what arrived and went. */
export default function LegendList({
  mechanisms,
  comparing,
}: {
  mechanisms: Mechanism[];
  comparing: boolean;
}) {
  const t = useMessages();
  const lang = useLang();
  return (
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
  );
}
