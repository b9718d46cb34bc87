import { describe, expect, it } from 'vitest';
import { datedFields } from './evidence';
import { component, relation } from './fixtures.test-helpers';

const tag = (evidence: string) => [{ url: 'https://example.org/tag', title: 'a tag', evidence }];

describe('which dates have their evidence recorded', () => {
  it('counts a date only when a source of its item names that day', () => {
    const fields = datedFields({
      components: [component('engine', '2016-04-13', null, { sources: tag('tag v1.11.0 (2016-04-13)') }), component('old', '2016-04-13', '2019')],
      relations: [relation('engine', 'old', '2016-04-14', null, { sources: tag('tag v1.11.0 (2016-04-13)') })],
      stacks: [],
      events: [],
    });
    expect(fields.map((f) => `${f.item}.${f.field}:${f.evidenced}`)).toEqual([
      'engine.since:true', 'old.since:false', 'old.until:false', 'engine->old.since:false',
    ]);
  });

  it('lets a month or a year be settled by a day inside it, and reads every day an evidence names', () => {
    const fields = datedFields({
      components: [component('shim', '2016-09', null, { sources: tag('commit 530a258 (authored 2016-08-26, committed 2016-09-09)') })],
      relations: [], stacks: [], events: [],
    });
    expect(fields[0].evidenced).toBe(true);
  });
});
