import { describe, expect, it } from 'vitest';
import { estimateWidth, type DrawnEdge, type DrawnShape, type Drawing } from './drawing';
import { LIGHT } from './theme';
import { drawnBounds, toSvg, wrapCaption } from './to-svg';

const URL_ = 'https://example.org/runtimes/?date=2017-10-15&focus=cri-containerd&v=0.2.0';
const CAPTION = `Container runtimes on 2017-10-15 · focus: Kubernetes → cri-containerd → runc · dataset 0.2.0 · ${URL_}`;

const component = (
  id: string,
  x: number,
  y: number,
  extra: Partial<Extract<DrawnShape, { kind: 'component' }>> = {},
): DrawnShape => ({
  kind: 'component',
  id,
  box: { x, y, width: 168, height: 60 },
  name: id,
  release: '1.0',
  organisation: 'CNCF',
  mark: null,
  emphasis: 'normal',
  perContainer: false,
  ...extra,
});
function call(extra: Partial<DrawnEdge>): DrawnEdge {
  return {
    id: 'a->b',
    source: 'a',
    target: 'b',
    kind: 'call',
    mechanism: 'cri-grpc',
    emphasis: 'normal',
    dashed: false,
    from: { x: 0, y: 0, side: 'bottom' },
    to: { x: 0, y: 50, side: 'top' },
    route: [
      { x: 0, y: 0 },
      { x: 0, y: 50 },
    ],
    arrow: true,
    ...extra,
  };
}
const row = (label: string, y: number): DrawnShape => ({
  kind: 'row',
  box: { x: 0, y, width: 4854, height: 110 },
  label,
});

const drawing: Drawing = {
  shapes: [
    row('Client', 0),
    row('CRI implementation', 110),
    {
      kind: 'group',
      id: 'group:kata',
      box: { x: 1316, y: 15, width: 300, height: 90 },
      name: 'Kata Containers',
      parts: ['kata-runtime', 'kata-agent'],
      open: true,
      count: null,
      emphasis: 'focused',
    },
    component('cri-containerd', 2110, 135, { emphasis: 'focused' }),
    component('dockershim', 1522, 135, { emphasis: 'dimmed', mark: 'deprecated' }),
    component('docker', 1914, 135, { emphasis: 'removed' }),
  ],
  edges: [
    call({
      id: 'kubelet->cri-containerd',
      from: { x: 1508, y: 85, side: 'bottom' },
      to: { x: 2194, y: 135, side: 'top' },
      route: null,
      emphasis: 'dimmed',
      dashed: true,
    }),
    call({
      id: 'replaced:dockershim->cri-containerd',
      kind: 'replaced',
      mechanism: null,
      arrow: false,
      route: null,
      from: { x: 1606, y: 195, side: 'bottom' },
      to: { x: 2194, y: 135, side: 'top' },
    }),
  ],
  words: { marks: { deprecated: 'deprecated', ending: 'ends soon' }, replacedBy: 'replaced by' },
  theme: LIGHT,
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
    expect(bounds.x).toBeGreaterThan(0);
    expect(bounds.x + bounds.width).toBe(2278);
    expect({ y: bounds.y, height: bounds.height }).toEqual({ y: 0, height: 220 });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${Math.ceil(bounds.width + 48)}"`));
    expect(svg).toContain(`x2="${bounds.x + bounds.width}"`);
    expect(svg).not.toContain('4854');
  });

  it('leaves every row name clear of the cards, also where a card sits at the start of its row', () => {
    // The layout's bands begin a little left of the first column: the names are wider than that.
    const early = { ...drawing, shapes: [row('Specs, tools, projects', 0), component('runc', 40, 20)] };
    const out = toSvg(early, CAPTION);
    const shift = Number(/<g transform="translate\((-?[\d.]+) /.exec(out)![1]);
    const name = /<rect x="(-?[\d.]+)" y="8" width="([\d.]+)"[^>]*\/><text[^>]*>Specs, tools, projects</.exec(
      out,
    )!;
    const card = /<g data-id="runc"[^>]*><rect x="(-?[\d.]+)"/.exec(out)!;
    expect(Number(name[1]) + Number(name[2])).toBeLessThan(Number(card[1]));
    expect(Number(name[1]) + shift).toBeGreaterThanOrEqual(24);
  });

  it('draws each emphasis as the canvas does', () => {
    const group = (id: string) => new RegExp(`<g data-id="${id}"[^]*?</g>`).exec(svg)![0];
    expect(group('cri-containerd')).toContain('stroke="#0369a1" stroke-width="2"');
    expect(group('dockershim')).toContain('stroke="#cbd5e1"');
    expect(group('dockershim')).toContain('⚠ DEPRECATED');
    expect(group('docker')).toMatch(/opacity="0.75"[^]*stroke="#b91c1c"[^]*stroke-dasharray="6 4"/);
    // An opened family is a white frame, outlined in the focus colour when on the focused path.
    expect(group('group:kata')).toContain('fill="#ffffff" stroke="#0369a1" stroke-width="2"');
  });

  it('gives every call an arrowhead in its own colour, and the successor link none', () => {
    const arrowed = call({ id: 'runc-call', mechanism: 'oci-cli' });
    const out = toSvg({ ...drawing, edges: [...drawing.edges, arrowed] }, CAPTION);
    const id = /<path d="M 0 0 L 0 50"[^>]*marker-end="url\(#([\w-]+)\)"/.exec(out)?.[1];
    expect(id).toBeDefined();
    expect(out).toMatch(new RegExp(`<marker id="${id}"[^>]*>.*fill="#15803d"`));
    expect(svg).not.toMatch(/data-edge="replaced:[^"]*"[^>]*marker-end/);
  });

  it('paints each edge with its mechanism’s colour, dashes and emphasis, between the frames and the cards', () => {
    const path = /<path d="(M1508,85 [^"]*)" data-edge="kubelet-&gt;cri-containerd"([^>]*)\/>/.exec(svg);
    expect(path?.[1]).toMatch(/ 2194,135$/);
    expect(path?.[2]).toContain('stroke="#1d4ed8" stroke-width="1.75" stroke-dasharray="6 4" opacity="0.15"');
    const edge = svg.indexOf('data-edge="kubelet-&gt;cri-containerd"');
    expect(edge).toBeGreaterThan(svg.indexOf('data-id="group:kata"'));
    expect(edge).toBeLessThan(svg.indexOf('data-id="cri-containerd"'));
    expect(svg.indexOf('Client')).toBeLessThan(svg.indexOf('data-id="group:kata"'));
    expect(svg).toContain('>replaced by</text>');
  });

  it('breaks a long name over two lines after a space or hyphen, and cuts the rest with an ellipsis', () => {
    const long = toSvg(
      {
        ...drawing,
        shapes: [component('x', 0, 0, { name: 'Open Container Initiative Runtime Specification' })],
        edges: [],
      },
      'c',
    );
    const lines = [...long.matchAll(/<text[^>]*font-weight[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines[0]).toMatch(/^Open Container/);
    expect(lines[0]).not.toContain('…');
    expect(lines[1]).toMatch(/…$/);
    const shim = toSvg(
      { ...drawing, shapes: [component('y', 0, 0, { name: 'containerd-shim-runc-v2' })], edges: [] },
      'c',
    );
    expect(shim).toMatch(/>containerd-shim-<\/text>/);
  });

  it('draws nothing under a two-line name in a short card, so no line runs over it: neither a release nor a count of parts', () => {
    const short = { x: 0, y: 0, width: 108, height: 36 };
    const svg = toSvg(
      {
        ...drawing,
        shapes: [
          component('Unikernel runtimes (Nanos)', 0, 0, { box: short }),
          {
            kind: 'group',
            id: 'group:specs',
            box: { ...short, x: 200 },
            name: 'Specs and umbrella projects',
            parts: ['oci-runtime-spec', 'oci-image-spec'],
            open: false,
            count: '2 parts · open',
            emphasis: 'normal',
          },
        ],
        edges: [],
      },
      'c',
    );
    const lines = (id: string) => {
      const card = svg.slice(
        svg.indexOf(`data-id="${id}"`),
        svg.indexOf('</g>', svg.indexOf(`data-id="${id}"`)),
      );
      return [...card.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]);
    };
    expect(lines('Unikernel runtimes (Nanos)')).toHaveLength(2);
    expect(lines('group:specs')).toHaveLength(2);
    expect(lines('group:specs').join(' ')).not.toContain('parts');
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
