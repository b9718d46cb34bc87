import { describe, expect, it } from 'vitest';
import { estimateWidth, type DrawnShape, type Drawing } from './drawing';
import { drawnBounds, toSvg, wrapCaption } from './to-svg';

const URL_ = 'https://example.org/runtimes/?date=2017-10-15&focus=cri-containerd&v=0.2.0';
const CAPTION = `Container runtimes on 2017-10-15 · focus: Kubernetes → cri-containerd → runc · dataset 0.2.0 · ${URL_}`;

const component = (id: string, x: number, y: number, extra: Partial<Extract<DrawnShape, { kind: 'component' }>> = {}): DrawnShape => ({
  kind: 'component',
  id,
  box: { x, y, width: 168, height: 60 },
  name: id,
  release: '1.0',
  organisation: 'CNCF',
  mark: null,
  emphasis: 'normal',
  frame: null,
  perContainer: false,
  ...extra,
});
const row = (label: string, y: number): DrawnShape => ({ kind: 'row', box: { x: 0, y, width: 4854, height: 110 }, label });

const drawing: Drawing = {
  shapes: [
    row('Client', 0),
    row('CRI implementation', 110),
    component('kubelet', 1316, 15, { emphasis: 'focused', frame: 'top', name: 'Kubernetes (kubelet)' }),
    component('cri-containerd', 2110, 135, { emphasis: 'focused' }),
    component('dockershim', 1522, 135, { emphasis: 'dimmed', mark: 'deprecated' }),
    component('docker', 1914, 135, { emphasis: 'removed' }),
  ],
  edges: [{ d: 'M1508,85 C1508,110 2194,110 2194,135', stroke: 'rgb(29, 78, 216)', width: 3, dash: '6 4', opacity: 0.15, box: { x: 1508, y: 85, width: 686, height: 50 } }],
  labels: [{ x: 2000, y: 100, text: 'replaced by' }],
};

describe('toSvg', () => {
  const svg = toSvg(drawing, CAPTION);

  it('writes the link into the caption, escaped so the file stays valid XML', () => {
    expect(svg).toContain(URL_.replaceAll('&', '&amp;'));
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(svg.match(/<g[ >]/g)?.length).toBe(svg.match(/<\/g>/g)?.length);
  });

  it('crops to what is drawn, keeping room for the row labels, not the full width of the bands', () => {
    const bounds = drawnBounds(drawing);
    expect(bounds).toEqual({ x: 1316 - 150, y: 0, width: 2278 - 1166, height: 220 });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${bounds.width + 48}"`));
    expect(svg).toContain(`x2="${1166 + bounds.width}"`);
    expect(svg).not.toContain('4854');
  });

  it('draws each emphasis as the canvas does', () => {
    const group = (id: string) => new RegExp(`<g data-id="${id}"[^]*?</g>`).exec(svg)![0];
    expect(group('cri-containerd')).toContain('stroke="#0369a1" stroke-width="2"');
    expect(group('dockershim')).toContain('stroke="#cbd5e1"');
    expect(group('dockershim')).toContain('⚠ DEPRECATED');
    expect(group('docker')).toMatch(/opacity="0.75"[^]*stroke="#b91c1c"[^]*stroke-dasharray="6 4"/);
    // A focused parent drawn around its children keeps its grey fill.
    expect(group('kubelet')).toContain('fill="rgb(241 245 249 / 0.7)"');
  });

  it('gives an edge drawn with an arrowhead the same arrowhead, in its own colour', () => {
    const arrowed = { ...drawing.edges[0], d: 'M0,0 L0,50', stroke: 'rgb(22, 163, 74)', opacity: 1, arrow: true };
    const out = toSvg({ ...drawing, edges: [...drawing.edges, arrowed] }, CAPTION);
    const id = /<path d="M0,0 L0,50"[^>]*marker-end="url\(#([\w-]+)\)"/.exec(out)?.[1];
    expect(id).toBeDefined();
    expect(out).toMatch(new RegExp(`<marker id="${id}"[^>]*>.*fill="rgb\\(22, 163, 74\\)"`));
    expect(svg).not.toContain('marker-end');
  });

  it('copies each edge with its colour, dashes and opacity, between the frames and the cards', () => {
    const edge = svg.indexOf('<path d="M1508,85 C1508,110 2194,110 2194,135" fill="none" stroke="rgb(29, 78, 216)" stroke-width="3" stroke-dasharray="6 4" opacity="0.15"/>');
    expect(edge).toBeGreaterThan(svg.indexOf('data-id="kubelet"'));
    expect(edge).toBeLessThan(svg.indexOf('data-id="cri-containerd"'));
    expect(svg.indexOf('Client')).toBeLessThan(svg.indexOf('data-id="kubelet"'));
    expect(svg).toContain('>replaced by</text>');
  });

  it('breaks a long name over two lines after a space or hyphen, and cuts the rest with an ellipsis', () => {
    const long = toSvg({ shapes: [component('x', 0, 0, { name: 'Open Container Initiative Runtime Specification' })], edges: [], labels: [] }, 'c');
    const lines = [...long.matchAll(/<text[^>]*font-weight[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines[0]).toMatch(/^Open Container/);
    expect(lines[0]).not.toContain('…');
    expect(lines[1]).toMatch(/…$/);
    const shim = toSvg({ shapes: [component('y', 0, 0, { name: 'containerd-shim-runc-v2' })], edges: [], labels: [] }, 'c');
    expect(shim).toMatch(/>containerd-shim-<\/text>/);
  });
});

describe('wrapCaption', () => {
  it('keeps one line when it fits and never cuts the URL', () => {
    expect(wrapCaption(CAPTION, 5000, estimateWidth)).toEqual([CAPTION]);
    const lines = wrapCaption(CAPTION, 500, estimateWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toBe(URL_);
    expect(lines.join(' · ')).toBe(CAPTION);
  });
});
