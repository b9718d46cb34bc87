import { estimateWidth, FONT, type Measure } from '../canvas/export/drawing';
import { chronicleMessages } from './messages';
import { wrapCaption } from '../canvas/export/to-svg';
import { escapeXml, fitText, round, text } from '../canvas/export/svg-text';
import { lifeBar, lifeChanges } from '../model/chronicle-bars';
import { groupBars, layoutRows } from '../model/chronicle-groups';
import { labelLanes, ticks, xOf, type TimeScale } from '../model/chronicle-scale';
import { dayNumber, startDay } from '../model/dates';
import type { Dataset, Day, Stack } from '../model/types';
import { KIND_COLOUR } from '../ui/timeline/event-kinds';
import type { Lang } from '../url/view-state';
import { emphasisOf, type BarEmphasis } from './emphasis';
import { BAR, HEADING, LANE, ROW } from './geometry';

// Light colours, as the canvas export: a picture for slides and documents, whatever the theme.
const FILL: Record<BarEmphasis, string> = {
  normal: '#64748b',
  focused: '#0369a1',
  dimmed: '#cbd5e1',
  added: '#059669',
  removed: '#b91c1c',
};
const WIDTH = 1400;
const GUTTER = 200;
const LANES = 4;
const CAPTION = { size: 13, weight: 400 };
const NAME = { size: 12, weight: 400 };
const SMALL = { size: 10, weight: 400 };

interface ChronicleView {
  date: Day;
  compare: Day | null;
  focus: Stack | null;
  lang: Lang;
}

/** The whole chronicle (every component, grouped by family) as a standalone SVG with the caption strip. */
export function chronicleSvg(
  dataset: Dataset,
  minDay: Day,
  view: ChronicleView,
  caption: string,
  measure: Measure = estimateWidth,
): string {
  const c = chronicleMessages(view.lang);
  const bars = dataset.components.map((c) => lifeBar(c, dataset.asOf));
  const { rows, height } = layoutRows(groupBars(bars, 'family'), HEADING, ROW);
  const scale: TimeScale = {
    from: dayNumber(minDay),
    to: dayNumber(dataset.asOf) + 1,
    left: GUTTER,
    right: WIDTH - 24,
  };
  const changes =
    view.compare === null
      ? { added: new Set<string>(), removed: new Set<string>() }
      : lifeChanges(bars, view.compare, view.date);
  const emphasis = { focus: view.focus === null ? null : new Set(view.focus.components), ...changes };
  const axis = LANES * LANE + 10;
  const top = axis + 24;
  const x = (day: number) => round(Math.min(scale.right, Math.max(scale.left, xOf(scale, day))));
  const out: string[] = [];

  for (const tick of ticks(scale)) {
    if (!tick.labelled) continue;
    const tx = round(xOf(scale, tick.day));
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${axis}" y2="${top + height}" stroke="#e2e8f0"/>`,
      text(tx, axis + 17, String(tick.year), { size: 11, weight: 600 }, '#1e293b', ' text-anchor="middle"'),
    );
  }
  const events = dataset.events
    .map((e) => ({ e, day: dayNumber(startDay(e.date)) }))
    .filter(({ day }) => day >= scale.from && day < scale.to)
    .sort((a, b) => a.day - b.day);
  const labels = events.map(({ e, day }) => ({
    x: xOf(scale, day),
    text: fitText(e.title[view.lang], 170, SMALL, measure),
    kind: e.kind,
  }));
  const lanes = labelLanes(
    labels.map((l) => ({ x: l.x, width: measure(l.text, SMALL) + 10 })),
    LANES,
  );
  labels.forEach((l, i) => {
    const lane = lanes[i];
    if (lane !== null && l.x + measure(l.text, SMALL) < scale.right) {
      out.push(
        `<line x1="${round(l.x)}" x2="${round(l.x)}" y1="${axis - lane * LANE - 8}" y2="${axis}" stroke="#cbd5e1"/>`,
        text(l.x + 3, axis - lane * LANE - 4, l.text, SMALL, '#334155'),
      );
    }
    out.push(`<circle cx="${round(l.x)}" cy="${axis}" r="3" fill="${KIND_COLOUR[l.kind]}"/>`);
  });
  out.push(`<line x1="${scale.left}" x2="${scale.right}" y1="${axis}" y2="${axis}" stroke="#94a3b8"/>`);

  for (const row of rows) {
    const y = top + row.y;
    if (row.kind === 'group') {
      out.push(
        `<rect y="${y}" width="${WIDTH}" height="${HEADING}" fill="#f1f5f9"/>`,
        text(8, y + 17, c.families[row.key as keyof typeof c.families], { size: 12, weight: 600 }, '#0f172a'),
      );
      continue;
    }
    const { bar } = row;
    const em = emphasisOf(bar.id, emphasis);
    const by = y + (ROW - BAR) / 2;
    const [x0, xk, x1] = [x(bar.start), x(bar.known), x(bar.end)];
    out.push(
      `<g data-id="${escapeXml(bar.id)}" data-emphasis="${em}">`,
      text(
        8,
        y + 14,
        fitText(bar.name, GUTTER - 14, NAME, measure),
        NAME,
        em === 'dimmed' ? '#475569' : '#0f172a',
      ),
    );
    if (xk > x0)
      out.push(
        `<rect x="${x0}" y="${by}" width="${round(xk - x0)}" height="${BAR}" fill="${FILL[em]}" opacity="0.35"/>`,
      );
    if (x1 > xk)
      out.push(
        `<rect x="${xk}" y="${by}" width="${round(x1 - xk)}" height="${BAR}" rx="2" fill="${FILL[em]}"/>`,
      );
    if (bar.deprecated !== null && x(bar.deprecated) < x1)
      out.push(
        `<rect x="${x(bar.deprecated)}" y="${by}" width="${round(x1 - x(bar.deprecated))}" height="${BAR}" fill="url(#hatch)"/>`,
      );
    if (bar.open)
      out.push(`<path d="M${x1},${by - 2} l6,${BAR / 2 + 2} l-6,${BAR / 2 + 2}z" fill="${FILL[em]}"/>`);
    for (const r of bar.releases)
      if (r.day > bar.start && r.day < bar.end && r.day >= scale.from)
        out.push(
          `<line x1="${x(r.day)}" x2="${x(r.day)}" y1="${by + 2}" y2="${by + BAR - 2}" stroke="#ffffff" stroke-width="1.5"/>`,
        );
    if (em === 'removed' || em === 'added')
      out.push(
        `<rect x="${x0 - 1.5}" y="${by - 1.5}" width="${round(x1 - x0 + 3)}" height="${BAR + 3}" fill="none" stroke="${FILL[em]}"${em === 'removed' ? ' stroke-dasharray="4 2"' : ''}/>`,
      );
    out.push('</g>');
  }
  const line = (day: Day, colour: string, dash: string) =>
    `<line x1="${x(dayNumber(day))}" x2="${x(dayNumber(day))}" y1="0" y2="${top + height}" stroke="${colour}" stroke-width="2"${dash}/>`;
  if (view.compare !== null) out.push(line(view.compare, '#6d28d9', ' stroke-dasharray="4 3"'));
  out.push(line(view.date, '#0369a1', ''));

  const lines = wrapCaption(caption, WIDTH - 48, measure);
  const stripTop = top + height + 16;
  const total = stripTop + lines.length * 18 + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${total}" viewBox="0 0 ${WIDTH} ${total}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(caption)}</title>`,
    '<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line y2="5" stroke="#9a3412" stroke-width="2.5"/></pattern></defs>',
    `<rect width="${WIDTH}" height="${total}" fill="#ffffff"/>`,
    `<g transform="translate(0 8)">${out.join('')}</g>`,
    `<g class="caption"><rect y="${stripTop}" width="${WIDTH}" height="${total - stripTop}" fill="#f8fafc"/><line x1="0" y1="${stripTop}" x2="${WIDTH}" y2="${stripTop}" stroke="#e2e8f0"/>${lines.map((l, i) => text(24, stripTop + 22 + i * 18, l, CAPTION, '#334155')).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
