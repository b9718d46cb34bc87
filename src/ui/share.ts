import { exportFileStem } from '../canvas/export/file-name';
import { getExplorer } from '../state/store';
import { shareableUrl } from '../state/url-sync';
import { serializeViewState } from '../url/view-state';

// Links, embed code and export captions, read from the store when the user asks for them.

export const shareUrl = (): string => shareableUrl(window.location);

/** An <iframe> that shows this view in embed mode. */
export function embedSnippet(): string {
  const { view, ctx } = getExplorer();
  const search = serializeViewState({ ...view, embed: true, guide: null }, ctx, { withVersion: true });
  const src = `${window.location.origin}${window.location.pathname}${search}`;
  return `<iframe src="${src.replaceAll('"', '&quot;')}" title="Container runtimes" width="900" height="600" style="border:0"></iframe>`;
}

/** The embedded view's link to the full explorer. */
export function fullViewHref(): string {
  const { view, ctx } = getExplorer();
  return `${window.location.pathname}${serializeViewState({ ...view, embed: false }, ctx)}`;
}

/** The strip under an exported picture: what, when, which data, and the link back. */
export function exportCaption(): string {
  const { view, prepared } = getExplorer();
  const focus = prepared.dataset.stacks.find((s) => s.id === view.focus);
  const parts = [`Container runtimes on ${view.date}`];
  if (focus) parts.push(`focus: ${focus.name[view.lang]}`);
  if (view.compare) parts.push(`compared with ${view.compare}`);
  return [...parts, `dataset ${prepared.dataset.version}`, shareUrl()].join(' · ');
}

/** The export's file name (without extension) for the view shown now. */
export const fileStem = (): string => exportFileStem(getExplorer().view);
