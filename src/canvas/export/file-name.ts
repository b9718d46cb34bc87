/** Keeps a file name portable whatever the URL held (ids and days are already safe; this is a guard). */
const safe = (part: string) => part.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** The export's file name without extension: runtimes-<date>[-<focus>][-vs-<compare>]. */
export function exportFileStem(view: { date: string; focus: string | null; compare: string | null }): string {
  const parts = ['runtimes', safe(view.date)];
  if (view.focus !== null) parts.push(safe(view.focus));
  if (view.compare !== null) parts.push('vs', safe(view.compare));
  return parts.join('-');
}
