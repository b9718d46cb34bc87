import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { FLOWCHART, walk, type Outcome, type Question } from './guide';
import { CANDIDATES, firstDayOf, stackFor } from './guide-outcomes';
import { QUESTION_NOTE, QUESTION_TEXT } from '../i18n/guide-text';

const { dataset } = readDataset(join(import.meta.dirname, '../../data'));

describe('walking the flowchart', () => {
  it('asks the questions in the article’s order', () => {
    const steps = ['', 'n', 'nn', 'nnn', 'nnny'].map((a) => walk(a));
    expect(steps.map((w) => (w?.kind === 'question' ? w.question.id : null))).toEqual([
      'try',
      'windows',
      'vm',
      'untrusted',
      'qemu',
    ]);
  });

  it('ends on the article’s answers, keeping its inverted QEMU branch', () => {
    const outcome = (a: string) =>
      walk(a)?.kind === 'outcome' ? (walk(a) as { outcome: Outcome }).outcome : null;
    expect(outcome('y')).toBe('try');
    expect(outcome('ny')).toBe('windows');
    expect(outcome('nny')).toBe('vm');
    expect(outcome('nnnyy')).toBe('gvisor');
    expect(outcome('nnnyn')).toBe('kata');
    expect(outcome('nnnny')).toBe('cri-o');
    expect(outcome('nnnnn')).toBe('containerd');
    expect(QUESTION_NOTE[walk('nnnyy')!.asked.at(-1)!.id]?.en).toMatch(/inverted/);
  });

  it('has words in both languages for every question it asks', () => {
    const ids: string[] = [];
    const visit = (q: Question | Outcome): void => {
      if (typeof q === 'string') return;
      ids.push(q.id);
      visit(q.yes);
      visit(q.no);
    };
    visit(FLOWCHART);
    expect(ids.sort()).toEqual(Object.keys(QUESTION_TEXT).sort());
    for (const id of ids)
      expect(QUESTION_TEXT[id].ja.length * QUESTION_TEXT[id].en.length, id).toBeGreaterThan(0);
  });

  it('rejects answers that do not fit', () => {
    for (const bad of ['yy', 'nnnnnn', 'x', 'yes', 'nnnyyy']) expect(walk(bad), bad).toBeNull();
  });
});

describe('the answer follows the era', () => {
  it('names only stacks the dataset has', () => {
    const ids = new Set(dataset.stacks.map((s) => s.id));
    expect(
      Object.values(CANDIDATES)
        .flat()
        .filter((id) => !ids.has(id)),
    ).toEqual([]);
  });

  it('"just try it" is Docker on containerd in 2018, and reaches Kubernetes only through cri-dockerd in 2023', () => {
    expect(stackFor('try', '2016-06-01', dataset.stacks)?.components).toEqual(
      expect.arrayContaining(['docker', 'containerd', 'runc']),
    );
    expect(stackFor('try', '2023-01-01', dataset.stacks)?.id).toBe('cri-dockerd');
  });

  it('has no containerd CRI path before 2017-09, then cri-containerd, then the CRI plugin', () => {
    expect(stackFor('containerd', '2017-06-01', dataset.stacks)).toBeNull();
    expect(stackFor('containerd', '2017-10-15', dataset.stacks)?.id).toBe('cri-containerd');
    expect(stackFor('containerd', '2018-06-01', dataset.stacks)?.components).toContain('cri-plugin');
  });

  it('knows when virtlet ended', () => {
    expect(stackFor('vm', '2018-06-01', dataset.stacks)?.id).toBe('virtlet-criproxy');
    expect(stackFor('vm', '2024-01-01', dataset.stacks)).toBeNull();
  });
});

describe('the first day an outcome can be answered', () => {
  it('is the earliest start among the stacks that carry it out', () => {
    // data/stacks: docker-lxc starts 2013-03-23; cri-containerd 2017-09-25; kata-1 2018-05-21;
    // gvisor-docker 2018-05-02 (before gvisor, "2018-12"); virtlet-criproxy 2017-06-28.
    expect(firstDayOf('try', dataset.stacks)).toBe('2013-03-23');
    expect(firstDayOf('containerd', dataset.stacks)).toBe('2017-09-25');
    expect(firstDayOf('kata', dataset.stacks)).toBe('2018-05-21');
    expect(firstDayOf('gvisor', dataset.stacks)).toBe('2018-05-02');
    expect(firstDayOf('vm', dataset.stacks)).toBe('2017-06-28');
  });

  it('reads a month as its first day, and is null when no stack carries the outcome', () => {
    const gvisorOnly = dataset.stacks.filter((s) => s.id === 'gvisor');
    expect(firstDayOf('gvisor', gvisorOnly)).toBe('2018-12-01');
    expect(firstDayOf('gvisor', [])).toBeNull();
  });
});
