import { describe, expect, it } from 'vitest';
import { datedFields, evidenceProblems } from './evidence';
import { component, relation } from './fixtures.test-helpers';

const tag = (evidence: string) => [{ url: 'https://example.org/tag', title: 'a tag', evidence }];
const unsettledNote = (kind: 'context' | 'article-differs', unsettled: string[]) => ({
  kind,
  unsettled,
  text: { en: 'No tag or post names the day.', ja: '日付を示すタグも記事もない。' },
  sources: [{ url: 'https://example.org', title: 't' }],
});
const origin = new Map([
  ['components:old', 'data/components/old.json'],
  ['relations:engine->old', 'data/relations/main.json'],
]);

describe('which dates have their evidence recorded', () => {
  it('counts a date only when a source of its item names that day', () => {
    const fields = datedFields({
      components: [
        component('engine', '2016-04-13', null, { sources: tag('tag v1.11.0 (2016-04-13)') }),
        component('old', '2016-04-13', '2019'),
      ],
      relations: [
        relation('engine', 'old', '2016-04-14', null, { sources: tag('tag v1.11.0 (2016-04-13)') }),
      ],
      stacks: [],
      events: [],
    });
    expect(fields.map((f) => `${f.item}.${f.field}:${f.settled}`)).toEqual([
      'engine.since:evidence',
      'old.since:null',
      'old.until:null',
      'engine->old.since:null',
    ]);
  });

  it('lets a month or a year be settled by a day inside it, and reads every day an evidence names', () => {
    const fields = datedFields({
      components: [
        component('shim', '2016-09', null, {
          sources: tag('commit 530a258 (authored 2016-08-26, committed 2016-09-09)'),
        }),
      ],
      relations: [],
      stacks: [],
      events: [],
    });
    expect(fields[0].settled).toBe('evidence');
  });

  it('counts a date no source settles only when a context note lists it as unsettled', () => {
    const fields = datedFields({
      components: [component('old', '2003', '2019', { notes: [unsettledNote('context', ['since'])] })],
      relations: [],
      stacks: [],
      events: [],
    });
    expect(fields.map((f) => `${f.field}:${f.settled}`)).toEqual(['since:note', 'until:null']);
  });
});

describe("data:check's evidence rule", () => {
  it('names the file, item and field of a date with neither evidence nor an unsettled note', () => {
    const dataset = {
      components: [component('old', '2016-04-13', null, { sources: tag('tag v1.0.0 (2016-04-13)') })],
      relations: [relation('engine', 'old', '2016-05', null)],
      stacks: [],
      events: [],
    };
    expect(evidenceProblems(dataset, origin)).toEqual([
      {
        file: 'data/relations/main.json',
        id: 'engine->old',
        field: 'since',
        message: expect.stringMatching(/^2016-05 has no evidence/),
      },
    ]);
  });

  it('passes once the date is marked unsettled by a context note', () => {
    const dataset = {
      components: [],
      stacks: [],
      events: [],
      relations: [
        relation('engine', 'old', '2016-05', null, { notes: [unsettledNote('context', ['since'])] }),
      ],
    };
    expect(evidenceProblems(dataset, origin)).toEqual([]);
  });

  it('refuses an unsettled mark on a field the item has no date for, or on an article-differs note', () => {
    const dataset = {
      components: [
        component('old', '2003', null, {
          notes: [unsettledNote('context', ['since', 'until']), unsettledNote('article-differs', ['since'])],
        }),
      ],
      relations: [],
      stacks: [],
      events: [],
    };
    expect(evidenceProblems(dataset, origin).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'notes.0.unsettled.1: "until" is not a date of this item',
      'notes.1.unsettled.0: only a context note can mark a date unsettled',
    ]);
  });
});
