import { startDay } from './dates';
import type { Problem } from './problems';
import { checkLinks } from './rules-story';
import type { Dataset, PartialDate } from './types';

interface Span {
  since: PartialDate;
  until: PartialDate | null;
}

const INFINITY = '9999-12-31';
const end = (s: Span) => (s.until === null ? INFINITY : startDay(s.until));

/** Rules no single file can check: unique ids, references, intervals, the changelog. */
export function checkRules(dataset: Dataset, origin: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const report = (kind: string, id: string, field: string, message: string) =>
    problems.push({ file: origin.get(`${kind}:${id}`) ?? `data/${kind}`, id, field, message });

  const components = new Map(dataset.components.map((c) => [c.id, c]));
  const relations = new Map(dataset.relations.map((r) => [r.id, r]));

  for (const kind of ['components', 'relations', 'stacks', 'events'] as const) {
    const seen = new Set<string>();
    for (const item of dataset[kind]) {
      if (seen.has(item.id)) report(kind, item.id, 'id', `duplicate ${kind.slice(0, -1)} id`);
      seen.add(item.id);
    }
  }

  const checkSpan = (kind: string, id: string, span: Span) => {
    if (span.until !== null && startDay(span.since) >= startDay(span.until)) {
      report(kind, id, 'until', `must be after since (${span.since})`);
    }
    if (startDay(span.since) > dataset.asOf)
      report(kind, id, 'since', `is after the dataset's asOf (${dataset.asOf})`);
  };
  const within = (kind: string, id: string, inner: Span, outerName: string, outer: Span) => {
    if (startDay(inner.since) < startDay(outer.since)) {
      report(kind, id, 'since', `${inner.since} is before ${outerName} exists (since ${outer.since})`);
    }
    if (end(inner) > end(outer)) {
      report(kind, id, 'until', `${inner.until ?? 'null'} is after ${outerName} ends (until ${outer.until})`);
    }
  };

  for (const c of dataset.components) {
    checkSpan('components', c.id, c);
    if (c.parent !== undefined && !components.has(c.parent)) {
      report('components', c.id, 'parent', `unknown component "${c.parent}"`);
    }
    c.replaces?.forEach((id, i) => {
      if (!components.has(id)) report('components', c.id, `replaces.${i}`, `unknown component "${id}"`);
    });
    if (
      c.deprecated !== undefined &&
      (startDay(c.deprecated) < startDay(c.since) || startDay(c.deprecated) >= end(c))
    ) {
      report('components', c.id, 'deprecated', 'must fall inside since..until');
    }
  }

  for (const r of dataset.relations) {
    checkSpan('relations', r.id, r);
    if (r.id !== `${r.source}->${r.target}`)
      report('relations', r.id, 'id', `must be "${r.source}->${r.target}"`);
    for (const end of ['source', 'target'] as const) {
      const c = components.get(r[end]);
      if (!c) report('relations', r.id, end, `unknown component "${r[end]}"`);
      else within('relations', r.id, r, r[end], c);
    }
    if (r.secondaryFrom !== undefined) {
      const at = startDay(r.secondaryFrom);
      if (r.path !== 'main')
        report('relations', r.id, 'secondaryFrom', 'only a main path can become secondary');
      if (at <= startDay(r.since) || at >= end(r))
        report('relations', r.id, 'secondaryFrom', 'must fall inside since..until');
    }
  }

  for (const s of dataset.stacks) {
    checkSpan('stacks', s.id, s);
    s.components.forEach((id, i) => {
      const c = components.get(id);
      if (!c) report('stacks', s.id, `components.${i}`, `unknown component "${id}"`);
      else within('stacks', s.id, s, id, c);
    });
    s.relations.forEach((id, i) => {
      const r = relations.get(id);
      if (!r) return report('stacks', s.id, `relations.${i}`, `unknown relation "${id}"`);
      within('stacks', s.id, s, id, r);
      for (const endpoint of [r.source, r.target]) {
        if (!s.components.includes(endpoint))
          report('stacks', s.id, `relations.${i}`, `"${endpoint}" is not in the stack's components`);
      }
    });
    s.perContainer?.forEach((id, i) => {
      if (!s.components.includes(id))
        report('stacks', s.id, `perContainer.${i}`, `"${id}" is not in the stack's components`);
    });
  }

  for (const e of dataset.events) {
    if (startDay(e.date) > dataset.asOf)
      report('events', e.id, 'date', `is after the dataset's asOf (${dataset.asOf})`);
    e.subjects.forEach((id, i) => {
      if (!components.has(id)) report('events', e.id, `subjects.${i}`, `unknown component "${id}"`);
    });
  }

  checkLinks(dataset, report);

  if (!dataset.changelog.some((c) => c.version === dataset.version)) {
    problems.push({
      file: 'data/CHANGELOG.md',
      id: dataset.version,
      field: 'version',
      message: `has no "## ${dataset.version}" entry for meta.json's version`,
    });
  }
  return problems;
}
