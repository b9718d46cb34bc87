import type { Messages } from '../../i18n';
import type { Prepared } from '../../model/explorer';
import type { Lang } from '../../url/view-state';
import { loadCompareView, loadFigureView } from '../views';
import { flowOfView, type DrawnView } from './build-flow';
import { canvasMeasure, downloadPng, downloadSvg } from './download';
import { drawingOf } from './from-flow';
import { DARK, LIGHT } from './theme';
import { toSvg } from './to-svg';

export interface CanvasExport {
  prepared: Prepared;
  view: DrawnView & { lang: Lang };
  dark: boolean;
  messages: Messages;
  caption: string;
}

/** The view as a standalone SVG, built from the flow the canvas draws (not read back from the page). */
export async function canvasSvg({ prepared, view, dark, messages, caption }: CanvasExport): Promise<string> {
  await Promise.all([loadFigureView(), loadCompareView()]);
  const drawing = drawingOf(flowOfView(prepared, view), messages, dark ? DARK : LIGHT);
  return toSvg(drawing, caption, canvasMeasure());
}

/** Save the view as `<fileStem>.png` or `.svg`, with the caption strip. */
export async function exportCanvas(
  request: CanvasExport,
  format: 'png' | 'svg',
  fileStem: string,
): Promise<void> {
  const svg = await canvasSvg(request);
  if (format === 'svg') downloadSvg(svg, `${fileStem}.svg`);
  else await downloadPng(svg, `${fileStem}.png`);
}
