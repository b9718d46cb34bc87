import { memo } from 'react';
import type { SnapshotDiff } from '../../model/diff';
import type { Component, Source } from '../../model/types';
import { SafeLink } from '../SafeLink';
import { useMessages } from '../../i18n/useMessages';

/** Added, removed and replaced components and relations, each with the sources that date it. */
export const ChangeList = memo(function ChangeList({
  diff,
  onSelect,
}: {
  diff: SnapshotDiff;
  onSelect: (id: string) => void;
}) {
  const name = (c: Component) => (
    <button type="button" className="text-sky-800 underline" onClick={() => onSelect(c.id)}>
      {c.name}
    </button>
  );
  return (
    <ul className="space-y-1 text-sm">
      {diff.replaced.map(({ from, to }) => (
        <li key={`r-${to.id}`}>
          <Badge kind="replaced" />{' '}
          {from.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ' + '}
              {name(c)}
            </span>
          ))}{' '}
          → {name(to)} <Sources list={to.sources} />
        </li>
      ))}
      {diff.added.map((c) => (
        <li key={`a-${c.id}`}>
          <Badge kind="added" /> {name(c)} <Sources list={c.sources} />
        </li>
      ))}
      {diff.removed.map((c) => (
        <li key={`d-${c.id}`}>
          <Badge kind="removed" /> {name(c)} <Sources list={c.sources} />
        </li>
      ))}
      {diff.addedRelations.map(({ relation }) => (
        <li key={`ar-${relation.id}`}>
          <Badge kind="added" />{' '}
          <span className="font-mono text-xs">
            {relation.source} → {relation.target}
          </span>{' '}
          ({relation.mechanism}) <Sources list={relation.sources} />
        </li>
      ))}
      {diff.removedRelations.map(({ relation }) => (
        <li key={`dr-${relation.id}`}>
          <Badge kind="removed" />{' '}
          <span className="font-mono text-xs">
            {relation.source} → {relation.target}
          </span>{' '}
          ({relation.mechanism}) <Sources list={relation.sources} />
        </li>
      ))}
    </ul>
  );
});

const BADGE = {
  added: 'bg-emerald-100 text-emerald-900',
  removed: 'bg-red-100 text-red-900',
  replaced: 'bg-violet-100 text-violet-900',
} as const;

function Badge({ kind }: { kind: keyof typeof BADGE }) {
  const t = useMessages();
  return <span className={`rounded px-1 text-xs font-semibold ${BADGE[kind]}`}>{t.badge[kind]}</span>;
}

function Sources({ list }: { list: Source[] }) {
  const t = useMessages();
  return (
    <span className="text-xs">
      [
      {list.slice(0, 2).map((s, i) => (
        <span key={s.url}>
          {i > 0 && ', '}
          <SafeLink href={s.url}>{i === 0 ? t.source : t.also}</SafeLink>
        </span>
      ))}
      ]
    </span>
  );
}
