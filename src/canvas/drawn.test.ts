import { describe, expect, it } from 'vitest';
import { createDrawnStore, showDay } from './drawn';

describe('showDay: cards fade only when the day changes slower than a fade', () => {
  const at = (store: ReturnType<typeof createDrawnStore>, day: string, now: number) =>
    showDay(store, { day, interval: 0, table: null }, now);

  it('fades a day change a quarter second or more after the last one', () => {
    const store = createDrawnStore('2019-06-15');
    at(store, '2019-06-16', 1000);
    expect(store.getState().fade).toBe(true);
    at(store, '2019-06-17', 1300);
    expect(store.getState().fade).toBe(true);
  });

  it('does not fade while a drag changes the day every frame, and fades again after a pause', () => {
    const store = createDrawnStore('2019-06-15');
    at(store, '2019-06-16', 1000);
    at(store, '2019-06-18', 1016);
    expect(store.getState().fade).toBe(false);
    at(store, '2019-06-20', 1033);
    expect(store.getState().fade).toBe(false);
    at(store, '2019-06-21', 1500);
    expect(store.getState().fade).toBe(true);
  });

  it('a new table on the same day is not a day change', () => {
    const store = createDrawnStore('2019-06-15');
    at(store, '2019-06-16', 1000);
    at(store, '2019-06-16', 1010);
    at(store, '2019-06-17', 1300);
    expect(store.getState().fade).toBe(true);
  });
});
