import { describe, expect, it } from 'vitest';
import { eventsInOrder } from './events';
import type { DatasetEvent } from './types';

const event = (id: string, date: string): DatasetEvent => ({
  id,
  date,
  kind: 'released',
  subjects: ['x'],
  title: { en: id, ja: id },
  sources: [{ url: 'https://example.org', title: 't' }],
});

describe('the order events are told in', () => {
  it('is by the day they start on, a year or month standing for its first day, then by id', () => {
    const events = [
      event('z-late', '2016-02'),
      event('b-year', '2016'),
      event('a-day', '2016-01-01'),
      event('first', '2015-12-31'),
    ];
    expect(eventsInOrder(events).map((e) => e.id)).toEqual(['first', 'a-day', 'b-year', 'z-late']);
  });

  it('orders ids of one day by code units, the same in every locale (not by a collator)', () => {
    const events = [event('b', '2016-01-01'), event('B', '2016-01-01'), event('a', '2016-01-01')];
    expect(eventsInOrder(events).map((e) => e.id)).toEqual(['B', 'a', 'b']);
  });

  it('leaves the dataset’s own list as it was', () => {
    const events = [event('b', '2017'), event('a', '2016')];
    eventsInOrder(events);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
