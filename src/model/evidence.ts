import type { Dataset, Source } from './types';

/** One dated field and whether a source of its item names that day (or month, or year) as evidence. */
export interface DatedField {
  item: string;
  field: string;
  date: string;
  evidenced: boolean;
}

type Sourced = { sources: Source[]; notes?: { sources: Source[] }[] };

const sourcesOf = (item: Sourced): Source[] => [...item.sources, ...(item.notes ?? []).flatMap((n) => n.sources)];

/** The days an evidence string names: "tag v1.6.0 (2022-02-15)", "commit 530a258 (authored 2016-08-26, …)". */
const namedDays = (evidence: string): string[] => evidence.match(/\b\d{4}-\d{2}(?:-\d{2})?\b/g) ?? [];

function field(item: string, name: string, date: string | null | undefined, sources: Source[]): DatedField[] {
  if (date === null || date === undefined) return [];
  const evidenced = sources.some((s) => s.evidence !== undefined && namedDays(s.evidence).some((d) => d.startsWith(date)));
  return [{ item, field: name, date, evidenced }];
}

/** Every date of the dataset, and whether its evidence is recorded (issue #12: each date with its tag, commit or post). */
export function datedFields(dataset: Pick<Dataset, 'components' | 'relations' | 'stacks' | 'events'>): DatedField[] {
  return [
    ...dataset.components.flatMap((c) => {
      const own = sourcesOf(c);
      return [
        ...field(c.id, 'since', c.since, own),
        ...field(c.id, 'until', c.until, own),
        ...field(c.id, 'deprecated', c.deprecated, own),
        ...(c.releases ?? []).flatMap((r, i) => field(c.id, `releases.${i}.date`, r.date, [...r.sources, ...own])),
      ];
    }),
    ...dataset.relations.flatMap((r) => {
      const own = sourcesOf(r);
      return ['since', 'until', 'secondaryFrom'].flatMap((f) => field(r.id, f, r[f as 'since'], own));
    }),
    ...dataset.stacks.flatMap((s) => {
      const lead = [...(s.mostUsed?.sources ?? []), ...sourcesOf(s)];
      return [
        ...field(s.id, 'since', s.since, lead),
        ...field(s.id, 'until', s.until, lead),
        ...field(s.id, 'mostUsed.since', s.mostUsed?.since, lead),
        ...field(s.id, 'mostUsed.until', s.mostUsed?.until, lead),
      ];
    }),
    ...dataset.events.flatMap((e) => field(e.id, 'date', e.date, sourcesOf(e))),
  ];
}
