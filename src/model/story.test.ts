import { describe, expect, it } from 'vitest';
import { component, relation } from './fixtures.test-helpers';
import { snapshotAt } from './snapshot';
import { mainPaths, storyOf } from './story';
import type { Snapshot } from './snapshot';
import type { Stack } from './types';
// The model gives the story's structure; these tests also read it in words, as the story panel does.
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { tellStory } from '../i18n/story';

const summarize = (day: Snapshot, stacks: Stack[], lang: 'en' | 'ja', focus: string | null = null) =>
  tellStory(storyOf(day, stacks, focus), lang === 'en' ? en : ja, lang);

const components = [
  component('kubelet', '2014', null, { name: 'kubelet', role: 'client' }),
  component('shim', '2016', null, { name: 'dockershim', role: 'cri' }),
  component('docker', '2013', null, { name: 'Docker' }),
  component('runc', '2015', null, { name: 'runc', role: 'oci-runtime' }),
  component('crio', '2016', null, { name: 'CRI-O', role: 'cri' }),
  component('proxy', '2016', null, { name: 'CRI Proxy', role: 'cri' }),
  component('vm', '2016', null, { name: 'Virtlet', role: 'cri' }),
  component('qemu', '2016', null, { name: 'QEMU', role: 'hypervisor' }),
  component('old', '2016', null, { name: 'old-shim', role: 'shim', deprecated: '2020' }),
  component('hcs', '2016', null, { name: 'HCS', role: 'oci-runtime' }),
];
const relations = [
  relation('kubelet', 'shim', '2016'),
  relation('shim', 'docker', '2016'),
  relation('docker', 'runc', '2016'),
  relation('kubelet', 'crio', '2016'),
  relation('crio', 'runc', '2016'),
  relation('kubelet', 'docker', '2014', '2017'),
  relation('kubelet', 'proxy', '2016'),
  relation('proxy', 'shim', '2016'),
  relation('proxy', 'vm', '2016'),
  relation('vm', 'qemu', '2016'),
  relation('docker', 'old', '2016'),
  relation('old', 'runc', '2016'),
  relation('docker', 'hcs', '2016'),
];
const dataset = { components, relations };
const source = [{ url: 'https://example.org', title: 't' }];
const stack = (id: string, ids: string[], rels: string[], extra: Partial<Stack> = {}): Stack => ({
  id,
  name: { en: `the ${id} stack`, ja: `${id} スタック` },
  since: '2016',
  until: null,
  components: ids,
  relations: rels,
  sources: source,
  ...extra,
});
const chain = (ids: string[]) => ids.slice(1).map((id, i) => `${ids[i]}->${id}`);
const proxyStack = stack(
  'proxy',
  ['kubelet', 'proxy', 'shim', 'docker', 'vm', 'qemu'],
  ['kubelet->proxy', 'proxy->shim', 'shim->docker', 'proxy->vm', 'vm->qemu'],
);

describe('the story of a day', () => {
  it('follows main arrows from each root to each leaf', () => {
    const paths = mainPaths(snapshotAt(dataset, '2015-06-01'));
    expect(paths.map((p) => [p.root.id, ...p.via.map((c) => c.id), p.leaf.id])).toEqual([
      ['kubelet', 'docker'],
    ]);
  });

  it('groups routes from one client to one runtime into one clause', () => {
    const stacks = [
      stack('a', ['kubelet', 'shim', 'docker', 'runc'], chain(['kubelet', 'shim', 'docker', 'runc'])),
      stack('b', ['kubelet', 'crio', 'runc'], chain(['kubelet', 'crio', 'runc'])),
    ];
    const text = summarize(snapshotAt(dataset, '2018-01-01'), stacks, 'en');
    expect(text).toBe('On 2018-01-01 kubelet reaches runc through dockershim → Docker, or through CRI-O.');
  });

  it('reads a stack as the tree of its relations, not as one line of components', () => {
    const text = summarize(snapshotAt(dataset, '2018-01-01'), [proxyStack], 'en');
    expect(text).toBe(
      'On 2018-01-01 kubelet reaches Docker through CRI Proxy → dockershim; kubelet reaches QEMU through CRI Proxy → Virtlet.',
    );
    expect(text).not.toContain('Docker → Virtlet');
  });

  it('leads with the most used stack of the day, and tells stacks with a deprecated part last', () => {
    const windows = stack('windows', ['docker', 'hcs'], ['docker->hcs']);
    const old = stack(
      'old',
      ['kubelet', 'shim', 'docker', 'old', 'runc'],
      chain(['kubelet', 'shim', 'docker', 'old', 'runc']),
    );
    const crio = stack('crio', ['kubelet', 'crio', 'runc'], chain(['kubelet', 'crio', 'runc']), {
      mostUsed: { since: '2019', until: null, sources: source },
    });
    const text = summarize(snapshotAt(dataset, '2021-01-01'), [windows, old, crio], 'en');
    expect(text).toBe(
      'On 2021-01-01 kubelet reaches runc through CRI-O, or through dockershim → Docker → old-shim; Docker reaches HCS directly.',
    );
  });

  it('tells only the focused stack, and says when it is not in use', () => {
    const stacks = [stack('b', ['kubelet', 'crio', 'runc'], chain(['kubelet', 'crio', 'runc'])), proxyStack];
    const day = snapshotAt(dataset, '2018-01-01');
    expect(summarize(day, stacks, 'en', 'proxy')).not.toContain('CRI-O');
    expect(summarize(day, stacks, 'en', 'b')).toBe('On 2018-01-01 kubelet reaches runc through CRI-O.');
    expect(summarize(day, stacks, 'ja', 'b')).toBe('2018-01-01、kubelet は CRI-O を経由して runc を呼ぶ。');
    const before = summarize(snapshotAt(dataset, '2015-06-01'), stacks, 'en', 'b');
    expect(before).toBe(
      '“the b stack” is not in use on 2015-06-01. On 2015-06-01 kubelet reaches Docker directly.',
    );
  });

  it('says when nothing calls anything, and speaks Japanese', () => {
    expect(summarize(snapshotAt(dataset, '2013-06-01'), [], 'en')).toBe(
      'On 2013-06-01 no component calls another yet.',
    );
    expect(summarize(snapshotAt(dataset, '2015-06-01'), [], 'ja')).toBe(
      '2015-06-01、kubelet は 直接 Docker を呼ぶ。',
    );
  });
});

describe('the story as structure', () => {
  const names = (list: { name: string }[]) => list.map((c) => c.name);

  it('gives one clause per client and runtime, with a direct call and each route through other components', () => {
    // On 2016-06-01 kubelet reaches runc through Docker, and through dockershim → Docker: one clause, two routes.
    const direct = stack('d', ['kubelet', 'docker', 'runc'], ['kubelet->docker', 'docker->runc']);
    const viaShim = stack(
      's',
      ['kubelet', 'shim', 'docker', 'runc'],
      chain(['kubelet', 'shim', 'docker', 'runc']),
    );
    const story = storyOf(snapshotAt(dataset, '2016-06-01'), [direct, viaShim]);
    expect(story.absent).toBeNull();
    expect(story.more).toBe(0);
    expect(story.clauses.map((c) => [c.root.id, c.leaf.id, c.direct, c.through.map(names)])).toEqual([
      ['kubelet', 'runc', false, [['Docker'], ['dockershim', 'Docker']]],
    ]);
  });

  it('counts the paths beyond three clauses instead of telling them', () => {
    // Five client/runtime pairs from the fixtures' stacks: kubelet→runc, kubelet→Docker, kubelet→QEMU, Docker→HCS, CRI-O→runc.
    const stacks = [
      stack('a', ['kubelet', 'crio', 'runc'], chain(['kubelet', 'crio', 'runc'])),
      proxyStack,
      stack('w', ['docker', 'hcs'], ['docker->hcs']),
      stack('c', ['crio', 'runc'], ['crio->runc']),
    ];
    const story = storyOf(snapshotAt(dataset, '2018-01-01'), stacks);
    expect(story.clauses.map((c) => `${c.root.id}>${c.leaf.id}`)).toEqual([
      'kubelet>runc',
      'kubelet>docker',
      'kubelet>qemu',
    ]);
    expect(story.more).toBe(2);
  });

  it('names the focused stack when it is not in use, and then tells the whole day', () => {
    const later = stack('later', ['kubelet', 'crio', 'runc'], chain(['kubelet', 'crio', 'runc']), {
      since: '2017',
    });
    const story = storyOf(snapshotAt(dataset, '2016-06-01'), [later], 'later');
    expect(story.absent?.id).toBe('later');
    // No stack is in use, so the day's main arrows are told; kubelet is the only client nothing calls.
    expect(new Set(story.clauses.map((c) => c.root.id))).toEqual(new Set(['kubelet']));
  });
});
