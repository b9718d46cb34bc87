import { describe, expect, it } from 'vitest';
import { assembleDataset, type DataFile } from './assemble';
import { CHANGELOG, component, relation, validFiles } from './fixtures.test-helpers';

type Json = Record<string, unknown> & {
  relations?: Record<string, unknown>[];
  stacks?: Record<string, unknown>[];
  events?: Record<string, unknown>[];
};

/** Apply `mutate` to the JSON of the file at `path` in a fresh valid set, and assemble. */
function broken(path: string, mutate: (json: Json) => void, changelog = CHANGELOG) {
  const files = validFiles();
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no fixture ${path}`);
  mutate(file.json as Json);
  return assembleDataset(files, changelog).problems;
}

const release = (version: string, en: string) => ({
  version,
  date: '2016',
  change: { en, ja: en },
  sources: [{ url: 'https://example.org', title: 't' }],
});
const item = (json: Json, list: 'relations' | 'stacks' | 'events') => json[list]![0];

describe('the valid fixture', () => {
  it('has no problems', () => {
    expect(assembleDataset(validFiles(), CHANGELOG).problems).toEqual([]);
  });
});

describe('each rule names the file, the item and the field', () => {
  const cases: [
    string,
    string,
    (j: Json) => void,
    { file: string; id: string; field: string; message?: RegExp },
  ][] = [
    [
      'a schema error (wrong type)',
      'data/components/engine.json',
      (j) => {
        j.since = 2014;
      },
      { file: 'data/components/engine.json', id: 'engine', field: 'since' },
    ],
    [
      'a malformed date',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').since = '2016-4-13';
      },
      { file: 'data/relations/main.json', id: 'engine->runtime', field: 'since' },
    ],
    [
      'a date that is not on the calendar',
      'data/components/engine.json',
      (j) => {
        j.since = '2014-02-30';
      },
      { file: 'data/components/engine.json', id: 'engine', field: 'since', message: /calendar/ },
    ],
    [
      'a missing field',
      'data/components/runtime.json',
      (j) => {
        delete j.summary;
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'summary' },
    ],
    [
      'an unknown field',
      'data/components/runtime.json',
      (j) => {
        j.colour = 'red';
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'colour' },
    ],
    [
      'a non-kebab-case id',
      'data/events/main.json',
      (j) => {
        item(j, 'events').id = 'Engine_1';
      },
      { file: 'data/events/main.json', id: 'Engine_1', field: 'id', message: /kebab/ },
    ],
    [
      'no source',
      'data/stacks/main.json',
      (j) => {
        item(j, 'stacks').sources = [];
      },
      { file: 'data/stacks/main.json', id: 'engine-runtime', field: 'sources', message: /source/ },
    ],
    [
      'a javascript: URL',
      'data/components/engine.json',
      (j) => {
        j.sources = [{ url: 'javascript:alert(1)', title: 'x' }];
      },
      { file: 'data/components/engine.json', id: 'engine', field: 'sources.0.url' },
    ],
    [
      'a file named after another id',
      'data/components/engine.json',
      (j) => {
        j.id = 'motor';
      },
      { file: 'data/components/engine.json', id: 'motor', field: 'id', message: /motor\.json/ },
    ],
    [
      'until not after since',
      'data/components/runtime.json',
      (j) => {
        j.until = '2015-06-22';
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'until', message: /after since/ },
    ],
    [
      'a reversed relation interval',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').until = '2015';
      },
      { file: 'data/relations/main.json', id: 'engine->runtime', field: 'until' },
    ],
    [
      'a relation before its endpoint exists',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').since = '2015-01-01';
      },
      { file: 'data/relations/main.json', id: 'engine->runtime', field: 'since', message: /runtime exists/ },
    ],
    [
      'a relation outliving its endpoint',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').until = null;
      },
      { file: 'data/relations/main.json', id: 'engine->runtime', field: 'until', message: /runtime ends/ },
    ],
    [
      'a dangling relation endpoint',
      'data/relations/main.json',
      (j) => {
        Object.assign(item(j, 'relations'), { id: 'engine->ghost', target: 'ghost' });
      },
      {
        file: 'data/relations/main.json',
        id: 'engine->ghost',
        field: 'target',
        message: /unknown component "ghost"/,
      },
    ],
    [
      'a relation id that is not source->target',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').id = 'runtime->engine';
      },
      { file: 'data/relations/main.json', id: 'runtime->engine', field: 'id' },
    ],
    [
      'a dangling parent',
      'data/components/runtime.json',
      (j) => {
        j.parent = 'nobody';
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'parent' },
    ],
    [
      'a dangling stack component',
      'data/stacks/main.json',
      (j) => {
        (item(j, 'stacks').components as string[]).push('ghost');
      },
      { file: 'data/stacks/main.json', id: 'engine-runtime', field: 'components.2' },
    ],
    [
      'a dangling stack relation',
      'data/stacks/main.json',
      (j) => {
        item(j, 'stacks').relations = ['engine->ghost'];
      },
      { file: 'data/stacks/main.json', id: 'engine-runtime', field: 'relations.0' },
    ],
    [
      'a stack outliving its parts',
      'data/stacks/main.json',
      (j) => {
        item(j, 'stacks').until = null;
      },
      { file: 'data/stacks/main.json', id: 'engine-runtime', field: 'until' },
    ],
    [
      'a dangling event subject',
      'data/events/main.json',
      (j) => {
        item(j, 'events').subjects = ['ghost'];
      },
      { file: 'data/events/main.json', id: 'engine-1-0', field: 'subjects.0' },
    ],
    [
      'an event after asOf',
      'data/events/main.json',
      (j) => {
        item(j, 'events').date = '2027';
      },
      { file: 'data/events/main.json', id: 'engine-1-0', field: 'date' },
    ],
    [
      'a secondaryFrom outside the interval',
      'data/relations/main.json',
      (j) => {
        item(j, 'relations').secondaryFrom = '2030';
      },
      { file: 'data/relations/main.json', id: 'engine->runtime', field: 'secondaryFrom' },
    ],
    [
      'a dangling replaces',
      'data/components/runtime.json',
      (j) => {
        j.replaces = ['nobody'];
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'replaces.0' },
    ],
    [
      'a deprecation after the end',
      'data/components/runtime.json',
      (j) => {
        j.deprecated = '2025';
      },
      { file: 'data/components/runtime.json', id: 'runtime', field: 'deprecated' },
    ],
    [
      'a stack whose relations leave a component apart',
      'data/stacks/main.json',
      (j) => {
        item(j, 'stacks').relations = [];
      },
      {
        file: 'data/stacks/main.json',
        id: 'engine-runtime',
        field: 'relations',
        message: /do not connect "runtime"/,
      },
    ],
    [
      'a release whose text names another version of its component',
      'data/components/engine.json',
      (j) => {
        j.releases = [release('1.0.0', 'engine 1.1 adds the CRI')];
      },
      {
        file: 'data/components/engine.json',
        id: 'engine',
        field: 'releases.0.change.en',
        message: /engine 1\.1, not this release's 1\.0\.0/,
      },
    ],
    [
      'a release event dated unlike the release it names',
      'data/components/engine.json',
      (j) => {
        j.releases = [release('1.0', 'first')];
        j.since = '2014-03';
        (j.releases as { date: string }[])[0].date = '2015-02-01';
      },
      {
        file: 'data/events/main.json',
        id: 'engine-1-0',
        field: 'title.en',
        message: /Engine 1\.0, which components\/engine\.json dates 2015-02-01/,
      },
    ],
    [
      'a mostUsed window outside its stack',
      'data/stacks/main.json',
      (j) => {
        item(j, 'stacks').mostUsed = {
          since: '2015',
          until: null,
          sources: [{ url: 'https://example.org', title: 't' }],
        };
      },
      { file: 'data/stacks/main.json', id: 'engine-runtime', field: 'mostUsed', message: /outside/ },
    ],
    [
      'a version that is not semver',
      'data/meta.json',
      (j) => {
        j.version = '1.0';
      },
      { file: 'data/meta.json', id: '-', field: 'version' },
    ],
  ];

  it.each(cases)('rejects %s', (_name, path, mutate, expected) => {
    const problems = broken(path, mutate);
    const match = problems.find(
      (p) => p.file === expected.file && p.id === expected.id && p.field === expected.field,
    );
    expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
    if (expected.message) expect(match!.message).toMatch(expected.message);
  });

  it('rejects duplicate ids, naming the second file', () => {
    const files: DataFile[] = [
      ...validFiles(),
      { path: 'data/components/engine-copy.json', json: component('engine', '2014') },
    ];
    const problems = assembleDataset(files, CHANGELOG).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ id: 'engine', field: 'id', message: 'duplicate component id' }),
    );
  });

  it('rejects a duplicate relation', () => {
    const files = validFiles();
    files.push({
      path: 'data/relations/more.json',
      json: { relations: [relation('engine', 'runtime', '2016-04-13', '2024-11-05')] },
    });
    expect(assembleDataset(files, CHANGELOG).problems).toContainEqual(
      expect.objectContaining({ id: 'engine->runtime', field: 'id', message: 'duplicate relation id' }),
    );
  });

  it('requires a CHANGELOG entry for the current version', () => {
    const problems = broken('data/meta.json', (j) => {
      j.version = '1.1.0';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'data/CHANGELOG.md', id: '1.1.0', field: 'version' }),
    );
  });

  it('lets only one stack lead the story on a day', () => {
    const problems = broken('data/stacks/main.json', (j) => {
      const first = item(j, 'stacks');
      const lead = { since: '2017', until: null, sources: [{ url: 'https://example.org', title: 't' }] };
      first.until = null;
      first.mostUsed = lead;
      j.stacks!.push({ ...first, id: 'engine-runtime-2', mostUsed: { ...lead, since: '2018' } });
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'data/stacks/main.json',
        id: 'engine-runtime-2',
        field: 'mostUsed',
        message: 'overlaps the mostUsed of "engine-runtime"',
      }),
    );
  });

  it("lets a release name other projects' versions and its own", () => {
    const problems = broken('data/components/engine.json', (j) => {
      j.releases = [
        release('1.0.0', 'Engine 1.0 ships with runtime 2.3 for Kubernetes 1.5'),
        release('1.1.0-rc.1', 'engine v1.1.0-rc.1'),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('requires meta.json', () => {
    const files = validFiles().filter((f) => f.path !== 'data/meta.json');
    expect(assembleDataset(files, CHANGELOG).problems).toContainEqual(
      expect.objectContaining({ file: 'data/meta.json', message: 'file is missing' }),
    );
  });
});
