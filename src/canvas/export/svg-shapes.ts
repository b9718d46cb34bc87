import { MONO, type Drawing, type DrawnShape, type Font, type Measure, type Rect } from './drawing';
import { escapeXml, fitLines, fitText, round, text } from './svg-text';
import type { BoxPaint, Theme } from './theme';

type Card = Extract<DrawnShape, { kind: 'component' | 'group' }>;
const NAME = { size: 14, weight: 600 };
const META = { size: 12, weight: 400 };
const RELEASE = { size: 12, weight: 400, mono: true };
const MARK = { size: 10, weight: 600 };
const BADGE = { size: 10, weight: 700 };
const TAB = { size: 12, weight: 600 };
const PAD_X = 10;

/** A rectangle whose stroke stays inside the box, as a CSS border does. */
function rect(box: Rect, s: BoxPaint, radius: number): string {
  const inset = s.width / 2;
  const attrs = `x="${round(box.x + inset)}" y="${round(box.y + inset)}" width="${round(box.width - s.width)}" height="${round(box.height - s.width)}" rx="${radius}"`;
  const ring = s.ring
    ? `<rect x="${round(box.x - 1.5)}" y="${round(box.y - 1.5)}" width="${round(box.width + 3)}" height="${round(box.height + 3)}" rx="${radius + 2}" fill="none" stroke="${s.ring}" stroke-width="3"/>`
    : '';
  return `${ring}<rect ${attrs} fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
}

/** How a card is painted: its emphasis; an opened family is a frame; a closed one keeps its grey card. */
function paintOf(c: Card, theme: Theme): BoxPaint {
  const base = theme.emphasis[c.emphasis];
  if (c.kind !== 'group' || c.emphasis === 'added' || c.emphasis === 'removed') return base;
  if (c.open)
    return {
      ...theme.openGroup,
      stroke: c.emphasis === 'normal' ? theme.openGroup.stroke : base.stroke,
      muted: base.muted,
    };
  return { ...base, fill: theme.closedGroup };
}

function card(c: Card, measure: Measure, drawing: Drawing): string {
  const { theme, words } = drawing;
  const style = paintOf(c, theme);
  const inner = c.box.width - 2 * PAD_X;
  const top = c.box.y;
  const x = c.box.x + PAD_X;
  const parts = [rect(c.box, style, 6)];
  const perContainer = c.kind === 'component' && c.perContainer;

  const badgeWidth = perContainer ? measure('×2', BADGE) + 8 : 0;
  const lines = fitLines(c.name, inner - (badgeWidth ? badgeWidth + 4 : 0), NAME, measure);
  lines.forEach((line, i) =>
    parts.push(text(x, top + 21 + i * 16, line, NAME, style.muted ? theme.muted : theme.text)),
  );
  if (perContainer) {
    const bx = c.box.x + c.box.width - PAD_X - badgeWidth;
    parts.push(
      `<rect x="${round(bx)}" y="${round(top + 10)}" width="${round(badgeWidth)}" height="14" rx="3" fill="${theme.badge.fill}"/>`,
      text(bx + 4, top + 21, '×2', BADGE, theme.badge.text),
    );
  }
  const metaColour = style.muted ? theme.muted : theme.meta;
  // The line is cut at the card's edge, as the canvas cuts it: the release first, then who makes it.
  const release =
    c.kind === 'component' && c.release ? fitText(`≥ ${c.release}`, inner, RELEASE, measure) : '';
  const left = inner - (release ? measure(release, RELEASE) + 4 : 0);
  const organisation =
    left > measure('…', META)
      ? fitText(c.kind === 'component' ? c.organisation : (c.count ?? ''), left, META, measure)
      : '';
  const meta = release
    ? `<tspan font-family="${escapeXml(MONO)}">${escapeXml(release)}</tspan> ${escapeXml(organisation)}`
    : escapeXml(organisation);
  // A name on two lines fills a compact overview card: the line under it (a component's release, a
  // family's count of parts) would run over its second line, so it is left out, as the canvas's
  // overview hides it.
  const room = lines.length === 1 || c.box.height >= 60;
  if (meta && room)
    parts.push(
      `<text x="${round(x)}" y="${round(top + 38)}" font-size="${META.size}" fill="${metaColour}">${meta}</text>`,
    );
  if (c.kind === 'component' && c.mark) {
    const colour = style.muted ? theme.muted : theme.marks[c.mark];
    parts.push(
      text(x, top + 52, `⚠ ${words.marks[c.mark].toUpperCase()}`, MARK, colour, ` data-mark="${c.mark}"`),
    );
  }
  return `<g data-id="${escapeXml(c.id)}" data-emphasis="${c.emphasis}"${style.opacity ? ` opacity="${style.opacity}"` : ''}>${parts.join('')}</g>`;
}

/** A row's name sits on a pill this far in from the drawing's left edge, in this font. */
export const ROW_NAME_INSET = 8;
export const ROW_NAME: Font = { size: 12, weight: 500 };

/** The width of a pill (below) around `label`. */
export const pillWidth = (label: string, font: Font, measure: Measure) => measure(label, font) + 16;

/** A label on a filled pill, like the frames' tabs. */
export function pill(
  x: number,
  y: number,
  label: string,
  font: Font,
  fill: string,
  colour: string,
  measure: Measure,
): string {
  const width = pillWidth(label, font, measure);
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${font.size + 8}" rx="4" fill="${fill}"/>${text(x + 8, y + font.size + 2, label, font, colour)}`;
}

/** One drawn node as SVG; rows span `span` (the exported width), not the whole layout. */
export function shapeSvg(
  shape: DrawnShape,
  drawing: Drawing,
  measure: Measure,
  span: { x: number; width: number },
): string {
  const { theme } = drawing;
  switch (shape.kind) {
    case 'component':
    case 'group':
      return card(shape, measure, drawing);
    case 'row': {
      const { y } = shape.box;
      const { line, fill, text: colour } = theme.row;
      return `<g><line x1="${round(span.x)}" y1="${y}" x2="${round(span.x + span.width)}" y2="${y}" stroke="${line}" stroke-dasharray="4 3"/>${pill(span.x + ROW_NAME_INSET, y + 8, shape.label, ROW_NAME, fill, colour, measure)}</g>`;
    }
    case 'frame':
      return `<g>${rect(shape.box, { fill: 'none', stroke: theme.frame.stroke, width: 2, dashed: true }, 8)}${pill(shape.box.x + 12, shape.box.y - 12, shape.label, TAB, theme.frame.tab, theme.frame.tabText, measure)}</g>`;
    case 'pod': {
      const [first = '', ...rest] = shape.lines;
      const y = shape.box.y + shape.box.height / 2 - 4 - 8 * (shape.lines.length - 2);
      const fit = (l: string, font: typeof META) => fitText(l, shape.box.width - 16, font, measure);
      const colour = theme.pod.text;
      const lines = [
        text(shape.box.x + 8, y, fit(first, TAB), TAB, colour),
        ...rest.map((l, i) => text(shape.box.x + 8, y + 16 * (i + 1), fit(l, META), META, colour)),
      ];
      return `<g>${rect(shape.box, { fill: theme.pod.fill, stroke: theme.pod.stroke, width: 2, dashed: true }, 8)}${lines.join('')}</g>`;
    }
  }
}
