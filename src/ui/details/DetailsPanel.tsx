import { useEffect, useRef } from 'react';
import { dayWhenPresent, neighbours, releasesBy } from '../../model/component-at';
import { addDays } from '../../model/dates';
import type { Prepared } from '../../model/explorer';
import { isPresent, type Snapshot } from '../../model/snapshot';
import type { Component, Day } from '../../model/types';
import { useExplorer } from '../../state/store';
import type { Lang } from '../../url/view-state';
import { ROLE_LABEL } from '../role-labels';
import { SafeLink } from '../SafeLink';
import { Lifespan } from './Lifespan';
import { SourceList } from './SourceList';

interface DetailsPanelProps {
  component: Component;
  snapshot: Snapshot;
  prepared: Prepared;
  lang: Lang;
}

/** Everything about the selected component on the shown date; Esc or × closes it. */
export function DetailsPanel({ component, snapshot, prepared, lang }: DetailsPanelProps) {
  const select = useExplorer((s) => s.select);
  const setDate = useExplorer((s) => s.setDate);
  const heading = useRef<HTMLHeadingElement>(null);
  const day = snapshot.day;
  const present = snapshot.components.some((c) => c.id === component.id);
  const { calls, calledBy } = neighbours(snapshot, component.id);
  const whenPresent = dayWhenPresent(component, day, (d) => addDays(d, -1));

  useEffect(() => heading.current?.focus({ preventScroll: true }), [component.id]);

  return (
    <section aria-label="Component details" className="space-y-3 border-b border-slate-200 p-4">
      <div className="flex items-start gap-2">
        <h2 ref={heading} tabIndex={-1} className="grow text-lg font-bold focus:outline-none">
          {component.name}
        </h2>
        <button type="button" className="btn" onClick={() => select(null)} aria-label="Close details" aria-keyshortcuts="Escape">
          ×
        </button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-slate-600">Role</dt>
        <dd>{ROLE_LABEL[component.role]}</dd>
        <dt className="text-slate-600">Organisation</dt>
        <dd>{component.organisation}</dd>
        <dt className="text-slate-600">Language</dt>
        <dd>{component.language ?? '—'}</dd>
        {component.aliases && (
          <>
            <dt className="text-slate-600">Also known as</dt>
            <dd>{component.aliases.join(', ')}</dd>
          </>
        )}
      </dl>
      <p className="text-sm">{component.summary[lang]}</p>
      {(component.repository || component.homepage) && (
        <p className="flex gap-3 text-sm">
          {component.repository && <SafeLink href={component.repository}>Repository</SafeLink>}
          {component.homepage && <SafeLink href={component.homepage}>Homepage</SafeLink>}
        </p>
      )}
      <Lifespan component={component} date={day} minDay={prepared.minDay} maxDay={prepared.maxDay} />

      {present ? (
        <div className="grid grid-cols-2 gap-3 text-sm">
          <Neighbours title="Calls" list={calls} onSelect={select} />
          <Neighbours title="Called by" list={calledBy} onSelect={select} />
        </div>
      ) : (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-950">
          {component.name} does not exist on {day}.{' '}
          <button type="button" className="underline" onClick={() => setDate(whenPresent, 'push')}>
            Jump to {whenPresent}
          </button>
        </p>
      )}

      <StacksOf component={component} prepared={prepared} day={day} lang={lang} />
      <Releases component={component} day={day} lang={lang} />
      {component.notes?.map((note, i) => (
        <div key={i} className={`rounded p-2 text-sm ${note.kind === 'article-differs' ? 'bg-violet-50' : 'bg-slate-50'}`}>
          <p className="font-semibold">{note.kind === 'article-differs' ? 'Where the article differs' : 'Note'}</p>
          <p>{note.text[lang]}</p>
          <SourceList sources={note.sources} />
        </div>
      ))}
      <div>
        <h3 className="text-sm font-semibold">Sources</h3>
        <SourceList sources={component.sources} />
      </div>
    </section>
  );
}

function Neighbours({ title, list, onSelect }: { title: string; list: Component[]; onSelect: (id: string) => void }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {list.length === 0 ? (
        <p className="text-slate-600">nothing on this date</p>
      ) : (
        <ul aria-label={title}>
          {list.map((c) => (
            <li key={c.id}>
              <button type="button" className="text-left text-sky-800 underline" onClick={() => onSelect(c.id)}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Releases({ component, day, lang }: { component: Component; day: Day; lang: Lang }) {
  const releases = releasesBy(component, day);
  if (releases.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">Releases up to {day}</h3>
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
function StacksOf({ component, prepared, day, lang }: { component: Component; prepared: Prepared; day: Day; lang: Lang }) {
  const setFocus = useExplorer((s) => s.setFocus);
  const stacks = prepared.dataset.stacks.filter((s) => s.components.includes(component.id) && isPresent(s, day));
  if (stacks.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-semibold">In stacks</h3>
      <ul aria-label="In stacks">
        {stacks.map((s) => (
          <li key={s.id}>
            <button type="button" className="text-left text-sky-800 underline" onClick={() => setFocus(s.id)}>
              Focus {s.figure ? `${s.figure}: ` : ''}
              {s.name[lang]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
