import type { Source } from '../../model/types';
import { SafeLink } from '../SafeLink';
import { useLang } from '../../i18n/useMessages';
import { detailsMessages } from './messages';

export function SourceList({ sources }: { sources: Source[] }) {
  const t = detailsMessages(useLang());
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm">
      {sources.map((s) => (
        <li key={`${s.url}|${s.section ?? ''}`}>
          <SafeLink href={s.url}>{s.title}</SafeLink>
          {s.section && <span className="text-slate-600">{t.section(s.section)}</span>}
        </li>
      ))}
    </ul>
  );
}
