import { useEffect, useRef } from 'react';
import { dayWhenPresent, neighbours, releasesBy } from '../../model/component-at';
import type { Snapshot } from '../../model/snapshot';
import { stacksInUse } from '../../model/stacks';
import type { Component, Day } from '../../model/types';
import { select, setDate, setFocus } from '../../state/actions';
import { useLang, usePrepared } from '../../state/store';
import { SafeLink } from '../SafeLink';
import { FamilyParts } from './FamilyParts';
import { Lifespan } from './Lifespan';
import { SourceList } from './SourceList';
import { detailsMessages } from './messages';
import { useMessages } from '../../i18n/useMessages';
import { useLagging } from '../SettledDay';

interface DetailsPanelProps {
  component: Component;
  snapshot: Snapshot;
}

/**
 * Everything about the selected component on the day the slider stops on (src/ui/SettledDay.tsx),
 * marked as updating while the slider moves; Esc or × closes it.
 */
export function DetailsPanel({ component, snapshot }: DetailsPanelProps) {
  const { minDay, maxDay } = usePrepared();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const day = snapshot.day;
  const present = snapshot.components.some((c) => c.id === component.id);
  const { calls, calledBy } = neighbours(snapshot, component.id);
  const whenPresent = dayWhenPresent(component, day);
  const t = useMessages();
  const d = detailsMessages(lang);
  const { pending, dimmed } = useLagging(day);

  // A new pick takes the focus and comes into view: the panel may have been scrolled down to the
  // story, below where the details open.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [component.id]);

  return (
    <section
      aria-label={d.componentDetails}
      aria-busy={pending}
      className={`space-y-3 border-b border-slate-200 p-4 ${dimmed}`}
    >
      <div className="flex items-start gap-2">
        <h2 ref={heading} tabIndex={-1} className="grow text-lg font-bold focus:outline-none">
          {component.name}
        </h2>
        <button
          type="button"
          className="btn"
          onClick={() => select(null)}
          aria-label={d.closeDetails}
          aria-keyshortcuts="Escape"
        >
          ×
        </button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-slate-600">{d.role}</dt>
        <dd>{t.roles[component.role]}</dd>
        <dt className="text-slate-600">{d.organisation}</dt>
        <dd>{component.organisation}</dd>
        <dt className="text-slate-600">{d.languageOfCode}</dt>
        <dd>{component.language ?? '—'}</dd>
        {component.aliases && (
          <>
            <dt className="text-slate-600">{d.aliases}</dt>
            <dd>{component.aliases.join(', ')}</dd>
          </>
        )}
      </dl>
      <p className="text-sm">{component.summary[lang]}</p>
      <FamilyParts component={component} snapshot={snapshot} />
      {(component.repository || component.homepage) && (
        <p className="flex gap-3 text-sm">
          {component.repository && <SafeLink href={component.repository}>{d.repository}</SafeLink>}
          {component.homepage && <SafeLink href={component.homepage}>{d.homepage}</SafeLink>}
        </p>
      )}
      <Lifespan component={component} date={day} minDay={minDay} maxDay={maxDay} />

      {present ? (
        <div className="grid grid-cols-2 gap-3 text-sm">
          <Neighbours title={d.calls} list={calls} onSelect={select} empty={d.nothingOnDate} />
          <Neighbours title={d.calledBy} list={calledBy} onSelect={select} empty={d.nothingOnDate} />
        </div>
      ) : (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-950">
          {d.absent(component.name, day)}{' '}
          <button type="button" className="underline" onClick={() => setDate(whenPresent, 'push')}>
            {t.jumpTo(whenPresent)}
          </button>
        </p>
      )}

      <StacksOf component={component} day={day} />
      <Releases component={component} day={day} />
      {component.notes?.map((note, i) => (
        <div
          key={i}
          className={`rounded p-2 text-sm ${note.kind === 'article-differs' ? 'bg-violet-50' : 'bg-slate-50'}`}
        >
          <p className="font-semibold">{note.kind === 'article-differs' ? d.articleDiffers : d.note}</p>
          <p>{note.text[lang]}</p>
          <SourceList sources={note.sources} />
        </div>
      ))}
      <div>
        <h3 className="text-sm font-semibold">{d.sources}</h3>
        <SourceList sources={component.sources} />
      </div>
    </section>
  );
}

function Neighbours({
  title,
  list,
  onSelect,
  empty,
}: {
  title: string;
  list: Component[];
  onSelect: (id: string) => void;
  empty: string;
}) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {list.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul aria-label={title}>
          {list.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="text-left text-sky-800 underline"
                onClick={() => onSelect(c.id)}
              >
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Releases({ component, day }: { component: Component; day: Day }) {
  const lang = useLang();
  const releases = releasesBy(component, day);
  const d = detailsMessages(lang);
  if (releases.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">{d.releasesUpTo(day)}</h3>
      <ul className="text-sm">
        {releases.map((r) => (
          <li key={`${r.version}|${r.date}`}>
            <span className="font-mono">{r.version}</span> <span className="text-slate-600">{r.date}</span>
            {r.change && <> · {r.change[lang]}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The named stacks this component is part of on the day; each can be focused. */
function StacksOf({ component, day }: { component: Component; day: Day }) {
  const lang = useLang();
  const d = detailsMessages(lang);
  const stacks = stacksInUse(usePrepared().dataset.stacks, day, component.id);
  if (stacks.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-semibold">{d.inStacks}</h3>
      <ul aria-label={d.inStacks}>
        {stacks.map((s) => (
          <li key={s.id}>
            <button type="button" className="text-left text-sky-800 underline" onClick={() => setFocus(s.id)}>
              {d.focusStack(s.name[lang])}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
