import { describe, expect, it } from 'vitest';
import { parseChangelog, versionsSince } from './changelog';

const markdown = `# Dataset changelog

Intro text.

## 1.2.0 — 2026-03-01

- Adds gVisor.
- Fixes a date.

## 1.1.0 — 2026-02-01

- Adds CRI-O.

## 1.0.0 — 2026-01-01

- First.
`;

describe('changelog', () => {
  const changes = parseChangelog(markdown);

  it('reads versions, dates and notes, newest first', () => {
    expect(changes.map((c) => c.version)).toEqual(['1.2.0', '1.1.0', '1.0.0']);
    expect(changes[0]).toEqual({
      version: '1.2.0',
      date: '2026-03-01',
      notes: ['Adds gVisor.', 'Fixes a date.'],
    });
  });

  it('lists the versions after a link’s version, oldest first', () => {
    expect(versionsSince(changes, '1.0.0')?.map((c) => c.version)).toEqual(['1.1.0', '1.2.0']);
    expect(versionsSince(changes, '1.2.0')).toEqual([]);
    expect(versionsSince(changes, '0.9.9')).toBeNull();
  });
});
