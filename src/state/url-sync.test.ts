import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickComponent, patchView, select, setDate, setFigure, setFocus, setPlaying } from './actions';
import { startWith } from './fake-browser.test-helpers';
import { REPLACE_MS, shareableUrl } from './url-sync';

let stop: () => void = () => {};
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop();
  vi.useRealTimers();
});
const start = (first?: string) => {
  const app = startWith(first);
  stop = app.stop;
  return app;
};

describe('the store starts with the view the URL names', () => {
  it('reads the link before anything is drawn', () => {
    const { store } = start('/?date=2016-06-01&node=docker&focus=dockershim&lang=ja');
    expect(store.getState().view).toMatchObject({
      date: '2016-06-01',
      node: 'docker',
      focus: 'dockershim',
      lang: 'ja',
      guide: null,
      tab: 'canvas',
    });
    expect(store.getState().notices).toEqual([]);
  });

  it('rewrites a malformed link in place (no new entry) and says what it changed, in both languages', () => {
    const { store, entries, asOf } = start('/?date=2099-01-01&zoom=3');
    expect(store.getState().view.date).toBe(asOf);
    expect(entries).toEqual(['/']);
    const texts = store
      .getState()
      .notices.map((n) => ({ en: n.say(en.urlNotices), ja: n.say(ja.urlNotices) }));
    expect(texts).toHaveLength(2);
    expect(texts[0].en).toContain('zoom');
    expect(texts[1].en).toContain('2099-01-01');
    expect(texts[1].ja).toContain('2099-01-01');
    expect(texts[1].ja).not.toBe(texts[1].en);
  });
});

describe('every action says how the history records it', () => {
  it('a discrete action pushes one entry', () => {
    const { entries } = start();
    select('runc');
    setFocus('dockershim');
    expect(entries).toEqual(['/', '/?node=runc', '/?node=runc&focus=dockershim']);
  });

  it('a drag’s moves are written once they pause for REPLACE_MS, not while they keep coming', () => {
    const { entries } = start();
    setDate('2016-01-01', 'push');
    for (let day = 2; day <= 20; day++) {
      vi.advanceTimersByTime(REPLACE_MS / 2);
      setDate(`2016-01-${String(day).padStart(2, '0')}`, 'replace');
    }
    expect(entries).toEqual(['/', '/?date=2016-01-01']);
    vi.advanceTimersByTime(REPLACE_MS);
    expect(entries).toEqual(['/', '/?date=2016-01-20']);
  });

  it('a drag pushes one entry when it starts and replaces it when it pauses', () => {
    const { entries, back, store, asOf } = start();
    setDate('2016-01-01', 'push');
    setDate('2016-01-02', 'replace');
    setDate('2016-01-03', 'replace');
    expect(entries).toEqual(['/', '/?date=2016-01-01']);
    vi.advanceTimersByTime(REPLACE_MS);
    expect(entries).toEqual(['/', '/?date=2016-01-03']);
    back();
    expect(store.getState().view.date).toBe(asOf);
  });

  it('a discrete action after a drag keeps the drag’s last day in the entry it leaves', () => {
    const { entries } = start();
    setDate('2016-01-01', 'push');
    setDate('2016-01-05', 'replace');
    select('runc');
    expect(entries).toEqual(['/', '/?date=2016-01-05', '/?date=2016-01-05&node=runc']);
    vi.advanceTimersByTime(REPLACE_MS);
    expect(entries).toHaveLength(3);
  });

  it('the guide’s answer and its focus are one entry', () => {
    const { entries } = start('/?guide=nnnn');
    patchView({ guide: 'nnnnn', focus: 'containerd-cri-runc-v2' }, 'push');
    expect(entries).toEqual(['/?guide=nnnn', '/?focus=containerd-cri-runc-v2&guide=nnnnn']);
  });

  it('clearing the focus also clears "this stack only"', () => {
    const { entries, store } = start('/?focus=dockershim&figure=1');
    setFocus(null);
    expect(store.getState().view).toMatchObject({ focus: null, figure: false });
    expect(entries.at(-1)).toBe('/');
    setFigure(true);
    expect(entries.at(-1)).toBe('/');
  });
});

describe('search', () => {
  it('opens a component on a day it exists, as one entry', () => {
    const { entries, store } = start();
    const dockershim = store.getState().prepared.dataset.components.find((c) => c.id === 'dockershim')!;
    // data/components/dockershim.json: since 2016-12-13, until 2022-05-03 (its last day is the day before).
    pickComponent(dockershim);
    expect(entries).toEqual(['/', '/?date=2022-05-02&node=dockershim']);
    pickComponent(store.getState().prepared.dataset.components.find((c) => c.id === 'runc')!);
    expect(entries.at(-1)).toBe('/?date=2022-05-02&node=runc');
  });
});

describe('Back and Forward', () => {
  it('walk through discrete actions and stop playing', () => {
    const { back, forward, store } = start();
    select('runc');
    setDate('2019-06-01', 'push');
    setPlaying(true);
    back();
    expect(store.getState().view).toMatchObject({ node: 'runc', date: store.getState().ctx.maxDay });
    expect(store.getState().playing).toBe(false);
    back();
    expect(store.getState().view.node).toBeNull();
    forward();
    forward();
    expect(store.getState().view).toMatchObject({ node: 'runc', date: '2019-06-01' });
  });

  it('a drag’s late write does not overwrite the entry Back returned to', () => {
    const { entries, back, store, index } = start();
    setDate('2016-01-01', 'push');
    setDate('2016-01-09', 'replace');
    back();
    vi.advanceTimersByTime(REPLACE_MS * 2);
    expect(index()).toBe(0);
    expect(entries).toEqual(['/', '/?date=2016-01-01']);
    expect(store.getState().view.date).toBe(store.getState().ctx.maxDay);
  });

  it('an entry that was edited by hand into nonsense is shown as what it can be, with a notice', () => {
    const { back, entries, store } = start();
    select('runc');
    entries[0] = '/?node=no-such-thing';
    back();
    expect(store.getState().view.node).toBeNull();
    expect(
      store
        .getState()
        .notices.map((n) => n.say(en.urlNotices))
        .join(),
    ).toContain('no-such-thing');
    expect(entries[0]).toBe('/');
  });
});

describe('a link to share', () => {
  it('always names the day and the dataset version, even on the default day', () => {
    const { browser, asOf, store } = start();
    expect(shareableUrl(browser.location)).toBe(
      `https://example.org/?date=${asOf}&v=${store.getState().ctx.version}`,
    );
  });
});
