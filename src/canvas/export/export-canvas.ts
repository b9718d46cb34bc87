import { canvasMeasure, downloadPng, downloadSvg } from './download';
import { readCanvas } from './read-canvas';
import { toSvg } from './to-svg';

/** Save what the canvas inside `root` draws now as `<fileStem>.png` or `.svg`, with the caption strip. */
export async function exportCanvas(root: Element, format: 'png' | 'svg', fileStem: string, caption: string): Promise<void> {
  const svg = toSvg(readCanvas(root), caption, canvasMeasure());
  if (format === 'svg') downloadSvg(svg, `${fileStem}.svg`);
  else await downloadPng(svg, `${fileStem}.png`);
}
