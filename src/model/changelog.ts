import type { DatasetChange } from './types';

/** Read data/CHANGELOG.md's `## <version> — <date>` sections and their bullet lines, newest first. */
export function parseChangelog(markdown: string): DatasetChange[] {
  const changes: DatasetChange[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^## (\d+\.\d+\.\d+)(?:\s+[—-]\s+(\S+))?/.exec(line);
    if (heading) changes.push({ version: heading[1], date: heading[2] ?? '', notes: [] });
    else if (line.startsWith('- ') && changes.length > 0) changes.at(-1)!.notes.push(line.slice(2).trim());
  }
  return changes;
}

/** The versions after `since` up to the newest, oldest first; null when `since` is not a known version. */
export function versionsSince(changelog: readonly DatasetChange[], since: string): DatasetChange[] | null {
  const index = changelog.findIndex((c) => c.version === since);
  return index === -1 ? null : changelog.slice(0, index).reverse();
}
