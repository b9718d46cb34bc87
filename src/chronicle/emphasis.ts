/** How a bar stands out: as the canvas marks a focused stack and a comparison. */
export type BarEmphasis = 'normal' | 'focused' | 'dimmed' | 'added' | 'removed';

export interface EmphasisSource {
  focus: ReadonlySet<string> | null;
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
}

/** Compare marks win over focus: what arrived or left matters more than the path. */
export function emphasisOf(id: string, { focus, added, removed }: EmphasisSource): BarEmphasis {
  if (added.has(id)) return 'added';
  if (removed.has(id)) return 'removed';
  if (focus === null) return 'normal';
  return focus.has(id) ? 'focused' : 'dimmed';
}

/** Tailwind fill classes per emphasis (the CSS variables switch them in dark mode). */
export const BAR_FILL: Record<BarEmphasis, string> = {
  normal: 'fill-slate-500',
  focused: 'fill-sky-700',
  dimmed: 'fill-slate-300',
  added: 'fill-emerald-600',
  removed: 'fill-red-700',
};
