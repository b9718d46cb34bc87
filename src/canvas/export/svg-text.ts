import type { Font, Measure } from './drawing';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Cut a text to `width` with an ellipsis, as the canvas's CSS `truncate` does. */
export function fitText(text: string, width: number, font: Font, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`, font) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A name on at most two lines, broken after a space or a hyphen as the canvas breaks it; the rest cut with an ellipsis. */
export function fitLines(text: string, width: number, font: Font, measure: Measure): string[] {
  if (measure(text, font) <= width) return [text];
  const breaks = [...text.matchAll(/[\s-]/g)].map((m) => m.index + 1).reverse();
  const at = breaks.find((i) => measure(text.slice(0, i).trimEnd(), font) <= width);
  if (at === undefined) return [fitText(text, width, font, measure)];
  return [text.slice(0, at).trimEnd(), fitText(text.slice(at).trimStart(), width, font, measure)];
}

/** One line of text with its baseline at y. */
export function text(x: number, y: number, content: string, font: Font, fill: string, extra = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${font.size}" font-weight="${font.weight}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
