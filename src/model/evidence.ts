import type { Problem } from './problems';
import type { Dataset, Source } from './types';

/** How a date is settled: a source's evidence names its day, or a context note says no source settles it. */
export type Settled = 'evidence' | 'note' | null;

/** One dated field: is its evidence recorded, or is it marked unsettled with a note saying what was looked for? */
export interface DatedField {
  item: string;
  kind: 'components' | 'relations' | 'stacks' | 'events';
  field: string;
  date: string;
  settled: Settled;
}

type Note = { kind: string; sources: Source[]; unsettled?: string[] };
type Sourced = { sources: Source[]; notes?: Note[] };

const sourcesOf = (item: Sourced): Source[] => [
  ...item.sources,
  ...(item.notes ?? []).flatMap((n) => n.sources),
];
const unsettledOf = (item: Sourced): string[] =>
  (item.notes ?? []).filter((n) => n.kind === 'context').flatMap((n) => n.unsettled ?? []);

/** The days an evidence string names: "tag v1.6.0 (2022-02-15)", "commit 530a258 (authored 2016-08-26, …)". */
const namedDays = (evidence: string): string[] => evidence.match(/\b\d{4}-\d{2}(?:-\d{2})?\b/g) ?? [];

type Kind = DatedField['kind'];

function dated(kind: Kind, item: Sourced & { id: string }, extra: Source[] = []) {
  const sources = [...extra, ...sourcesOf(item)];
  const unsettled = unsettledOf(item);
  return (name: string, date: string | null | undefined, own: Source[] = []): DatedField[] => {
    if (date === null || date === undefined) return [];
    const named = [...own, ...sources].some(
      (s) => s.evidence !== undefined && namedDays(s.evidence).some((d) => d.startsWith(date)),
    );
    const settled: Settled = named ? 'evidence' : unsettled.includes(name) ? 'note' : null;
    return [{ item: item.id, kind, field: name, date, settled }];
  };
}

/** Every date of the dataset and how it is settled (issue #12: each date with its tag, commit or post). */
export function datedFields(
  dataset: Pick<Dataset, 'components' | 'relations' | 'stacks' | 'events'>,
): DatedField[] {
  return [
    ...dataset.components.flatMap((c) => {
      const f = dated('components', c);
      return [
        ...f('since', c.since),
        ...f('until', c.until),
        ...f('deprecated', c.deprecated),
        ...(c.releases ?? []).flatMap((r, i) => f(`releases.${i}.date`, r.date, r.sources)),
      ];
    }),
    ...dataset.relations.flatMap((r) => {
      const f = dated('relations', r);
      return [...f('since', r.since), ...f('until', r.until), ...f('secondaryFrom', r.secondaryFrom)];
    }),
    ...dataset.stacks.flatMap((s) => {
      const f = dated('stacks', s, s.mostUsed?.sources);
      return [
        ...f('since', s.since),
        ...f('until', s.until),
        ...f('mostUsed.since', s.mostUsed?.since),
        ...f('mostUsed.until', s.mostUsed?.until),
      ];
    }),
    ...dataset.events.flatMap((e) => dated('events', e)('date', e.date)),
  ];
}

/** data:check's rule: every date is settled, and a note marks as unsettled only dates its item has. */
export function evidenceProblems(
  dataset: Pick<Dataset, 'components' | 'relations' | 'stacks' | 'events'>,
  origin: Map<string, string>,
): Problem[] {
  const fields = datedFields(dataset);
  const file = (kind: Kind, id: string) => origin.get(`${kind}:${id}`) ?? `data/${kind}`;
  const problems: Problem[] = fields
    .filter((f) => f.settled === null)
    .map((f) => ({
      file: file(f.kind, f.item),
      id: f.item,
      field: f.field,
      message:
        `${f.date} has no evidence: name its tag, commit or post with the day in a source's "evidence", ` +
        `or list "${f.field}" in a context note's "unsettled" saying what was looked for`,
    }));
  for (const kind of ['components', 'relations', 'stacks', 'events'] as const) {
    for (const item of dataset[kind] as (Sourced & { id: string })[]) {
      (item.notes ?? []).forEach((n, i) =>
        n.unsettled?.forEach((name, j) => {
          const where = { file: file(kind, item.id), id: item.id, field: `notes.${i}.unsettled.${j}` };
          if (n.kind !== 'context')
            problems.push({ ...where, message: 'only a context note can mark a date unsettled' });
          else if (!fields.some((f) => f.kind === kind && f.item === item.id && f.field === name)) {
            problems.push({ ...where, message: `"${name}" is not a date of this item` });
          }
        }),
      );
    }
  }
  return problems;
}
