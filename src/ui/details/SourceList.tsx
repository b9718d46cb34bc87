import type { Source } from '../../model/types';
import { SafeLink } from '../SafeLink';

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm">
      {sources.map((s) => (
        <li key={`${s.url}|${s.section ?? ''}`}>
          <SafeLink href={s.url}>{s.title}</SafeLink>
          {s.section && <span className="text-slate-600"> (section “{s.section}”)</span>}
        </li>
      ))}
    </ul>
  );
}
