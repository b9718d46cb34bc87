import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { startDay } from '../model/dates';
import { snapshotAt, type Snapshot } from '../model/snapshot';
import { storyOf } from '../model/story';
import type { Stack } from '../model/types';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { tellStory } from '../i18n/story';
import { changeDays } from '../model/timeline';

type StoryLang = 'en' | 'ja';
const summarize = (snapshot: Snapshot, stacks: Stack[], lang: StoryLang, focus: string | null = null) =>
  tellStory(storyOf(snapshot, stacks, focus), lang === 'en' ? en : ja, lang);

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));

/** Every day the drawing or the set of stacks changes, and the last day. */
const days = [
  ...new Set([
    ...changeDays(dataset),
    ...dataset.stacks.flatMap((s) => [s.since, s.until ?? dataset.asOf].map(startDay)),
    dataset.asOf,
  ]),
]
  .filter((d) => d <= dataset.asOf)
  .sort();

/** The longest component name at the start of `text`, and what follows it. */
function nameAt(text: string, names: string[]): [string, string] {
  const name = names.find((n) => text.startsWith(n));
  if (name === undefined) throw new Error(`no component name at "${text.slice(0, 60)}"`);
  return [name, text.slice(name.length)];
}

/** Each call the sentence states, as [caller name, callee name]. */
function statedCalls(text: string, snapshot: Snapshot, lang: StoryLang): [string, string][] {
  const names = snapshot.components.map((c) => c.name).sort((a, b) => b.length - a.length);
  const body =
    lang === 'en'
      ? text.replace(/^.*?On \d{4}-\d{2}-\d{2} /, '')
      : text.replace(/^.*?\d{4}-\d{2}-\d{2}、/, '');
  const clauses = (
    lang === 'en' ? body.replace(/\.$/, '').split('; ') : body.split('。').filter(Boolean)
  ).filter((c) => !/^(and \d+ more|ほかに)/.test(c));
  return clauses.flatMap((clause) => {
    const [root, rest] = nameAt(clause, names);
    let leaf: string;
    let routes: string[];
    if (lang === 'en') {
      const [l, after] = nameAt(rest.replace(/^ reaches /, ''), names);
      leaf = l;
      routes = after
        .trim()
        .split(', or ')
        .map((r) => (r === 'directly' ? '' : r.replace(/^through /, '')));
    } else {
      const inner = rest.replace(/^ は /, '');
      leaf = names.find((n) => inner.endsWith(` ${n} を呼ぶ`))!;
      routes = inner
        .slice(0, -` ${leaf} を呼ぶ`.length)
        .split('、または ')
        .map((r) => (r === '直接' ? '' : r.replace(/ を経由して$/, '')));
    }
    return routes.flatMap((route) => {
      const chain = [root, ...(route === '' ? [] : route.split(' → ')), leaf];
      return chain.slice(1).map((to, i) => [chain[i], to] as [string, string]);
    });
  });
}

describe('the story on every change day', () => {
  it('covers the whole timeline', () => {
    expect(days.length).toBeGreaterThan(80);
  });

  it.each(['en', 'ja'] as const)('states only calls present that day (%s)', (lang) => {
    for (const day of days) {
      const snapshot = snapshotAt(dataset, day);
      const present = new Set(
        snapshot.relations.map(({ relation: r }) => {
          const name = (id: string) => snapshot.components.find((c) => c.id === id)!.name;
          return `${name(r.source)} → ${name(r.target)}`;
        }),
      );
      const text = summarize(snapshot, dataset.stacks, lang);
      for (const [from, to] of statedCalls(text, snapshot, lang)) {
        expect(present.has(`${from} → ${to}`), `${day}: "${from} → ${to}" in: ${text}`).toBe(true);
      }
    }
  });

  it.each(['en', 'ja'] as const)('states only calls of the focused stack (%s)', (lang) => {
    for (const stack of dataset.stacks) {
      const snapshot = snapshotAt(dataset, startDay(stack.since));
      const own = new Set(
        stack.relations.map((id) => {
          const r = dataset.relations.find((x) => x.id === id)!;
          const name = (cid: string) => dataset.components.find((c) => c.id === cid)!.name;
          return `${name(r.source)} → ${name(r.target)}`;
        }),
      );
      const text = summarize(snapshot, dataset.stacks, lang, stack.id);
      const calls = statedCalls(text, snapshot, lang);
      expect(calls.length, `${stack.id}: ${text}`).toBeGreaterThan(0);
      for (const [from, to] of calls)
        expect(own.has(`${from} → ${to}`), `${stack.id}: "${from} → ${to}" in: ${text}`).toBe(true);
    }
  });
});

describe('the story leads with what most Kubernetes nodes ran', () => {
  const tell = (day: string, lang: StoryLang = 'en') =>
    summarize(snapshotAt(dataset, day), dataset.stacks, lang);

  it('on the landing day opens with Kubernetes and containerd, not Windows', () => {
    expect(tell(dataset.asOf)).toMatch(
      /^On \S+ Kubernetes \(kubelet\) reaches runc through containerd CRI plugin → containerd → containerd-shim-runc-v2/,
    );
    expect(tell(dataset.asOf, 'ja')).toMatch(
      /^\S+、Kubernetes \(kubelet\) は containerd CRI plugin → containerd → containerd-shim-runc-v2 を経由して/,
    );
  });

  it('in 2023 lists the v1 shim, deprecated since 2020, after the v2 shim', () => {
    const text = tell('2023-06-01');
    expect(text.indexOf('containerd-shim-runc-v2')).toBeGreaterThan(-1);
    const v1 = text.indexOf('containerd-shim (v1)');
    if (v1 !== -1) expect(v1).toBeGreaterThan(text.indexOf('containerd-shim-runc-v2'));
  });

  it('in 2026 has CRI-O run crun, its default since CRI-O 1.31', () => {
    const text = tell('2026-01-01');
    expect(text).toMatch(/reaches crun through CRI-O → conmon/);
    expect(text).not.toMatch(/reaches runc through [^;]*CRI-O/);
  });

  it('from 2017 to 2021 opens with dockershim', () => {
    expect(tell('2019-06-01')).toMatch(
      /^On \S+ Kubernetes \(kubelet\) reaches runc through dockershim → Docker Engine/,
    );
  });
});
