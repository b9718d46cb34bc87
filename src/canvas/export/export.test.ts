import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/lib/read-data';
import { loadLanguage, messages } from '../../i18n';
import { prepare } from '../../model/prepare';
import type { Lang } from '../../url/view-state';
import { loadCompareView, loadFigureView } from '../views';
import { flowOfView, type DrawnView } from './build-flow';
import { estimateWidth } from './drawing';
import { drawingOf } from './from-flow';
import { DARK, LIGHT } from './theme';
import { toSvg } from './to-svg';

const prepared = prepare(readDataset(join(import.meta.dirname, '../../../data')).dataset);
const plain: DrawnView = { date: '2021-06-01', focus: null, figure: false, compare: null, node: null };

beforeAll(async () => {
  await Promise.all([loadFigureView(), loadCompareView(), loadLanguage('ja')]);
});

/** What the export of a view would save, read back as a person reading the file would. */
function exported(view: Partial<DrawnView>, lang: Lang = 'en', dark = false) {
  const drawing = drawingOf(flowOfView(prepared, { ...plain, ...view }), messages(lang), dark ? DARK : LIGHT);
  const svg = toSvg(drawing, `caption ${lang}`);
  const group = (id: string) => new RegExp(`<g data-id="${id}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? null;
  const texts = (part: string | null) =>
    [...(part ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  return { svg, group, texts };
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const fills = (part: string, element: 'rect' | 'text') =>
  [...part.matchAll(new RegExp(`<${element} [^>]*fill="(#[0-9a-f]{6})"`, 'g'))].map((m) => m[1]);

describe('the exported picture of a day', () => {
  it('marks a deprecated component "deprecated", and only that one', () => {
    const { group, texts } = exported({});
    expect(texts(group('dockershim')).toLowerCase()).toContain('deprecated');
    expect(texts(group('containerd')).toLowerCase()).not.toContain('deprecated');
    expect(texts(group('containerd'))).toContain('containerd');
  });

  it('cuts a release line too long for its card, as the canvas does', () => {
    // dockershim's "≥ Kubernetes 1.20 (2020)" is wider than a card.
    const { group } = exported({ date: '2023-01-01', compare: '2021-01-01' });
    const card = group('ghost:dockershim')!;
    const width = Math.max(...[...card.matchAll(/<rect [^>]*?\swidth="([\d.]+)"/g)].map((m) => Number(m[1])));
    const release = /<tspan[^>]*>([^<]*)<\/tspan>/.exec(card)![1];
    expect(release).toMatch(/^≥ Kubernetes 1.*…$/);
    expect(estimateWidth(release, { size: 12, weight: 400, mono: true })).toBeLessThanOrEqual(width - 2 * 10);
  });

  it("writes a successor link's label above the gap between two cards of one lane, over neither", () => {
    const { svg, group } = exported({ date: '2023-01-01', compare: '2021-01-01' });
    const [, x, y, w, h] =
      /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"[^>]*\/><text[^>]*>replaced by</
        .exec(svg)!
        .map(Number);
    for (const id of ['ghost:dockershim', 'cri-dockerd']) {
      const [, cx, cy, cw] = /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)"/
        .exec(group(id)!)!
        .map(Number);
      const apart = y + h <= cy || x + w <= cx || x >= cx + cw;
      expect(apart, id).toBe(true);
    }
  });

  it("links a successor in the row above from its ghost's top to the successor's bottom, once", () => {
    const { svg, group } = exported({ date: '2019-06-01', compare: '2017-06-01' });
    const links = [...svg.matchAll(/<path d="([^"]*)" data-edge="replaced:[^"]*kata/g)];
    // Clear Containers and its runtime were both replaced by Kata's: one link between the two cards.
    expect(links).toHaveLength(1);
    const ys = [...links[0][1].matchAll(/[\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
    const top = (id: string) => Number(/<rect x="[\d.-]+" y="([\d.-]+)"/.exec(group(id)!)![1]);
    const kata = /<rect x="[\d.-]+" y="([\d.-]+)" width="[\d.]+" height="([\d.]+)"/.exec(
      group('group:kata')!,
    )!;
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(Number(kata[1]) + Number(kata[2]) - 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(top('ghost:group:clear-containers') + 1);
  });

  it('draws a call within one row that skips a column over the cards between, as the canvas does', () => {
    const { svg, group } = exported({ date: '2025-06-01' });
    const d = /<path d="([^"]*)" data-edge="group:nvidia-&gt;runc"/.exec(svg)![1];
    const ys = [...d.matchAll(/[\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
    const top = Number(/<rect x="[\d.-]+" y="([\d.-]+)"/.exec(group('group:more-runtimes')!)![1]);
    expect(Math.max(...ys)).toBeLessThanOrEqual(top + 1);
  });

  it('is written in Japanese for a Japanese view: marks, row names and the successor label', () => {
    const { svg, group, texts } = exported({}, 'ja');
    expect(texts(group('dockershim'))).toContain('⚠ 非推奨');
    expect(texts(group('dockershim'))).not.toMatch(/deprecated/i);
    expect(svg).toContain('CRI 実装');
    const compared = exported({ date: '2023-01-01', compare: '2021-01-01' }, 'ja');
    expect(compared.svg).toContain('>後継</text>');
    expect(compared.svg).not.toContain('replaced by');
  });

  it('is light on white in the light theme, and light text on dark cards in the dark theme', () => {
    const light = exported({});
    const dark = exported({}, 'en', true);
    const card = (e: ReturnType<typeof exported>) => e.group('containerd')!;
    expect(luminance(fills(card(light), 'rect')[0])).toBeGreaterThan(0.9);
    expect(luminance(fills(card(light), 'text')[0])).toBeLessThan(0.05);
    expect(luminance(fills(card(dark), 'rect')[0])).toBeLessThan(0.05);
    expect(luminance(fills(card(dark), 'text')[0])).toBeGreaterThan(0.8);
    // The page behind the drawing follows the theme too, and the calls are drawn in colours that show on it.
    const page = (svg: string) => /<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"/.exec(svg)![1];
    expect(luminance(page(dark.svg))).toBeLessThan(0.05);
    const strokes = [...dark.svg.matchAll(/<path [^>]*stroke="(#[0-9a-f]{6})"/g)].map((m) => luminance(m[1]));
    expect(strokes.length).toBeGreaterThan(10);
    for (const l of strokes) expect(l).toBeGreaterThan(0.15);
  });

  it('draws a family as one card with its parts counted, and opened in place when a part is selected', () => {
    const closed = exported({ date: '2019-06-15' });
    expect(closed.texts(closed.group('group:gvisor'))).toMatch(/gVisor.*\d+ parts/);
    // A name on two lines fills its card: no count runs over it.
    expect(closed.texts(closed.group('group:kata'))).toMatch(/Kata.*Containers/);
    expect(closed.texts(closed.group('group:kata'))).not.toMatch(/parts/);
    const open = exported({ date: '2019-06-15', node: 'kata-agent' });
    expect(open.texts(open.group('group:kata'))).not.toMatch(/parts/);
    expect(open.group('kata-agent')).not.toBeNull();
  });

  it('draws the focused stack focused and the rest dimmed, and "this stack only" as the figure with its Pod', () => {
    const focused = exported({ date: '2017-10-15', focus: 'cri-containerd' });
    for (const id of ['cri-containerd', 'containerd', 'runc'])
      expect(focused.svg, id).toMatch(new RegExp(`<g data-id="${id}" data-emphasis="focused"`));
    expect(focused.svg).toContain('data-emphasis="dimmed"');
    const figure = exported({ date: '2017-10-15', focus: 'cri-containerd', figure: true });
    expect(figure.svg).not.toContain('data-emphasis="dimmed"');
    expect(figure.texts(figure.svg)).toContain('Pod');
    expect(figure.svg).toContain('marker-end');
  });

  it('shows what left as a ghost, linked to its successor, when comparing', () => {
    const { svg, group } = exported({ date: '2023-01-01', compare: '2021-01-01' });
    expect(svg).toMatch(/<g data-id="ghost:dockershim" data-emphasis="removed"/);
    expect(group('cri-dockerd')).not.toBeNull();
    expect(svg).toContain('>replaced by</text>');
  });
});
