import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset, type DataFile } from '../model/assemble';

const root = join(import.meta.dirname, '../..');
const dataDir = join(root, 'data');
const changelog = readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8');
const list = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'schema'
        ? []
        : list(join(dir, e.name))
      : e.name.endsWith('.json')
        ? [join(dir, e.name)]
        : [],
  );
const original: DataFile[] = list(dataDir).map((path) => ({
  path: relative(root, path),
  json: JSON.parse(readFileSync(path, 'utf8')),
}));

type Item = Record<string, unknown> & { id?: string };
interface Target {
  file: number;
  /** The list the item sits in, or null for a component file. */
  key: 'relations' | 'stacks' | 'events' | null;
  index: number;
}

/** One way to break an item: what it does, and the field data:check must name. */
interface Mutation {
  name: string;
  applies: (item: Item, key: Target['key']) => boolean;
  apply: (item: Item, files: DataFile[], target: Target) => void;
  field: (item: Item) => string;
  /** The id the problem is reported under, after the mutation. */
  id?: (item: Item) => string;
}

const dated = (item: Item) => typeof item.since === 'string';
const MUTATIONS: Mutation[] = [
  {
    name: 'missing sources',
    applies: () => true,
    apply: (i) => void delete i.sources,
    field: () => 'sources',
  },
  {
    name: 'sources of the wrong type',
    applies: () => true,
    apply: (i) => void (i.sources = 'https://example.org'),
    field: () => 'sources',
  },
  {
    name: 'a javascript: source URL',
    applies: () => true,
    apply: (i) => void (i.sources = [{ url: 'javascript:alert(1)', title: 'x' }]),
    field: () => 'sources.0.url',
  },
  {
    name: 'a source URL that is no URL',
    applies: () => true,
    apply: (i) => void (i.sources = [{ url: 'see the blog', title: 'x' }]),
    field: () => 'sources.0.url',
  },
  {
    name: 'a malformed since',
    applies: dated,
    apply: (i) => void (i.since = '2019/04/01'),
    field: () => 'since',
  },
  { name: 'a month 13', applies: dated, apply: (i) => void (i.since = '2019-13'), field: () => 'since' },
  {
    name: 'a since that is a number',
    applies: dated,
    apply: (i) => void (i.since = 2019),
    field: () => 'since',
  },
  {
    name: 'a reversed interval',
    applies: dated,
    apply: (i) => void (i.until = `${Number(String(i.since).slice(0, 4)) - 1}`),
    field: () => 'until',
  },
  {
    name: 'a missing id',
    applies: () => true,
    apply: (i) => void delete i.id,
    field: () => 'id',
    id: () => '',
  },
  {
    name: 'an id in capitals',
    applies: (_i, key) => key !== 'relations',
    apply: (i) => void (i.id = `Bad_${i.id}`),
    field: () => 'id',
  },
  {
    name: 'a dangling relation target',
    applies: (_i, key) => key === 'relations',
    apply: (i) => void Object.assign(i, { target: 'no-such-thing', id: `${i.source}->no-such-thing` }),
    field: () => 'target',
  },
  {
    name: 'a dangling stack component',
    applies: (_i, key) => key === 'stacks',
    apply: (i) => void (i.components as string[]).push('no-such-thing'),
    field: (i) => `components.${(i.components as string[]).length - 1}`,
  },
  {
    name: 'a dangling event subject',
    applies: (_i, key) => key === 'events',
    apply: (i) => void (i.subjects = ['no-such-thing']),
    field: () => 'subjects.0',
  },
  {
    name: 'a dangling parent',
    applies: (_i, key) => key === null,
    apply: (i) => void (i.parent = 'no-such-thing'),
    field: () => 'parent',
  },
  {
    name: 'a duplicate id',
    applies: () => true,
    apply: (i, files, t) => {
      const copy = structuredClone(i);
      if (t.key === null) files.push({ path: 'data/components/zz-duplicate.json', json: copy });
      else (files[t.file].json as Record<string, Item[]>)[t.key].push(copy);
    },
    field: () => 'id',
  },
];

describe('data:check rejects broken data, naming the file, the item and the field', () => {
  const targets: Target[] = original.flatMap((f, file): Target[] => {
    if (f.path.includes('/components/')) return [{ file, key: null, index: 0 }];
    const key = f.path.split('/').at(-2) as Target['key'];
    if (key === null || !['relations', 'stacks', 'events'].includes(key)) return [];
    return ((f.json as Record<string, Item[]>)[key] ?? []).map((_, index) => ({ file, key, index }));
  });

  it('accepts the data as it is', () => {
    expect(assembleDataset(original, changelog).problems).toEqual([]);
  });

  // 600 breakages in six slices of 100, so each test's time stays far from the timeout on a busy machine;
  // only the broken file is copied, the others are shared (assembleDataset does not mutate its input).
  const cases = fc.sample(fc.tuple(fc.constantFrom(...targets), fc.constantFrom(...MUTATIONS)), {
    numRuns: 600,
    seed: 3,
  });
  const slices = [0, 1, 2, 3, 4, 5].map((n) => ({
    label: `${n * 100 + 1}–${n * 100 + 100}`,
    cases: cases.slice(n * 100, n * 100 + 100),
  }));

  it.each(slices)('names every one of random breakages $label of 600', ({ cases: slice }) => {
    for (const [target, mutation] of slice) {
      const files = [...original];
      files[target.file] = structuredClone(original[target.file]);
      const json = files[target.file].json as Record<string, Item[]> & Item;
      const item = target.key === null ? json : json[target.key][target.index];
      if (!mutation.applies(item, target.key)) continue;
      mutation.apply(item, files, target);
      const duplicate = target.key === null && mutation.name === 'a duplicate id';
      const expected = {
        file: duplicate ? 'data/components/zz-duplicate.json' : files[target.file].path,
        field: mutation.field(item),
      };
      const problems = assembleDataset(files, changelog).problems;
      const id = mutation.id?.(item) ?? item.id ?? '';
      const found = problems.some(
        (p) => p.file === expected.file && p.field === expected.field && (id === '' ? true : p.id === id),
      );
      expect(
        found,
        `${mutation.name} in ${expected.file} (${item.id}): ${JSON.stringify(problems.slice(0, 4))}`,
      ).toBe(true);
    }
  });

  it('applies more than half of the 600 breakages (the rest do not fit their item)', () => {
    const itemOf = (t: Target): Item => {
      const json = original[t.file].json as Record<string, Item[]> & Item;
      return t.key === null ? json : json[t.key][t.index];
    };
    expect(cases.filter(([t, m]) => m.applies(itemOf(t), t.key)).length).toBeGreaterThan(300);
  });
});
