import { startDay } from './dates';
import type { Component, Dataset, Stack } from './types';

type Report = (kind: string, id: string, field: string, message: string) => void;

/** Rules that read one item against another: stacks as trees, versions named in text, leading stacks. */
export function checkLinks(dataset: Dataset, report: Report): void {
  for (const s of dataset.stacks) checkConnected(s, report);
  checkMostUsed(dataset.stacks, report);
  const components = new Map(dataset.components.map((c) => [c.id, c]));
  for (const c of dataset.components) checkReleaseText(c, report);
  // A release event names its first subject's version: the component's releases must date it the same.
  for (const e of dataset.events.filter((x) => x.kind === 'released')) {
    {
      const c = components.get(e.subjects[0]);
      if (!c) continue;
      for (const [lang, text] of Object.entries(e.title)) {
        for (const { name, version } of namedVersions(text, c)) {
          const release = c.releases?.find((r) => sameVersion(r.version, version));
          if (release && startDay(release.date) !== startDay(e.date)) {
            report(
              'events',
              e.id,
              `title.${lang}`,
              `names ${name} ${version}, which components/${c.id}.json dates ${release.date}, not ${e.date}`,
            );
          }
        }
      }
    }
  }
}

/** The stack's relations join all its components into one piece. */
function checkConnected(s: Stack, report: Report): void {
  if (s.components.length < 2) return;
  const links = s.relations.map((id) => id.split('->'));
  const reached = new Set([s.components[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [a, b] of links) {
      if (reached.has(a) !== reached.has(b)) {
        reached.add(reached.has(a) ? b : a);
        grew = true;
      }
    }
  }
  const apart = s.components.filter((id) => !reached.has(id));
  if (apart.length > 0) {
    report(
      'stacks',
      s.id,
      'relations',
      `do not connect ${apart.map((id) => `"${id}"`).join(', ')} to "${s.components[0]}"`,
    );
  }
}

/** At most one stack leads the story on any day, and only while it exists. */
function checkMostUsed(stacks: Stack[], report: Report): void {
  const end = (until: string | null) => (until === null ? '9999-12-31' : startDay(until));
  const leading = stacks.filter((s) => s.mostUsed !== undefined);
  for (const s of leading) {
    const m = s.mostUsed!;
    if (startDay(m.since) < startDay(s.since) || end(m.until) > end(s.until)) {
      report(
        'stacks',
        s.id,
        'mostUsed',
        `${m.since}..${m.until ?? 'null'} is outside the stack's ${s.since}..${s.until ?? 'null'}`,
      );
    }
    if (m.until !== null && startDay(m.since) >= startDay(m.until))
      report('stacks', s.id, 'mostUsed.until', `must be after since (${m.since})`);
    for (const o of leading) {
      const n = o.mostUsed!;
      if (o.id > s.id && startDay(m.since) < end(n.until) && startDay(n.since) < end(m.until)) {
        report('stacks', o.id, 'mostUsed', `overlaps the mostUsed of "${s.id}"`);
      }
    }
  }
}

/** A release's text may name other projects' versions, but not another version of its own component. */
function checkReleaseText(c: Component, report: Report): void {
  c.releases?.forEach((r, i) => {
    for (const [lang, text] of Object.entries(r.change ?? {})) {
      for (const { name, version } of namedVersions(text, c)) {
        if (!sameVersion(r.version, version)) {
          report(
            'components',
            c.id,
            `releases.${i}.change.${lang}`,
            `names ${name} ${version}, not this release's ${r.version}`,
          );
        }
      }
    }
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/** "containerd 1.6", "containerd v1.6.0": versions the text gives the component, by name, short name, id or alias. */
export function namedVersions(text: string, c: Component): { name: string; version: string }[] {
  const names = [
    ...new Set(
      [c.name, c.name.replace(/\s*\(.*\)$/, ''), c.id, ...(c.aliases ?? [])].map((n) => n.toLowerCase()),
    ),
  ];
  const key = names.join('\n');
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const alternatives = names
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
    pattern = new RegExp(`(?<![\\w-])(${alternatives})\\s+v?(\\d+(?:\\.\\d+)+(?:-[\\w.]+)?)`, 'gi');
    patterns.set(key, pattern);
  }
  return [...text.matchAll(pattern)].map((m) => ({ name: m[1], version: m[2] }));
}

/** "1.6" names release "1.6.0" and "v1.6.0-rc.1" names "1.6.0-rc.1": compare the dotted numbers they share. */
export function sameVersion(release: string, named: string): boolean {
  const [a, preA = ''] = split(release);
  const [b, preB = ''] = split(named);
  if (preB !== '' ? preA !== preB : preA !== '' && b.length >= a.length) return false;
  return b.every((n, i) => a[i] === undefined || Number(a[i]) === Number(n));
}

function split(v: string): [string[], string?] {
  const m = /^v?([\d.]+)(?:-(.+))?/.exec(v.trim());
  return m === null ? [[]] : [m[1].split('.').filter(Boolean), m[2]];
}
