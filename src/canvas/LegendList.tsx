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
          <LineSwatch stroke={MECHANISM_STYLE[m].colour} width={2.5} />
          {MECHANISM_STYLE[m].label[lang]}
        </li>
      ))}
      <li className="flex items-center gap-2">
        <LineSwatch stroke="var(--color-slate-600)" width={2} dash="6 4" />
        {t.secondaryPath}
      </li>
      {comparing && (
        <>
          <li>
            <BoxSwatch className="border-emerald-600 bg-emerald-50" /> {t.addedSince}
          </li>
          <li>
            <BoxSwatch className="border-dashed border-red-700 bg-red-50" /> {t.goneSince}
          </li>
          <li className="text-violet-900">⋯ {t.replacedBy}</li>
        </>
      )}
    </ul>
  );
}

/** A call's line, as its edges are drawn. */
function LineSwatch({ stroke, width, dash }: { stroke: string; width: number; dash?: string }) {
  return (
    <svg width="28" height="8" aria-hidden="true">
      <line x1="0" y1="4" x2="28" y2="4" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

/** A card's border, as compare draws what arrived and what went. */
function BoxSwatch({ className }: { className: string }) {
  return (
    <span className={`inline-block w-7 rounded border-2 ${className}`} aria-hidden="true">
      &nbsp;
    </span>
  );
}
