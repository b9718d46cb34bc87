import type { DataFile } from './assemble';
import type { Component, Relation } from './types';

const source = [{ url: 'https://example.org/release', title: 'a release note' }];

export function component(
  id: string,
  since: string,
  until: string | null = null,
  extra: Partial<Component> = {},
): Component {
  return {
    id,
    name: id,
    role: 'engine',
    organisation: 'Org',
    language: 'Go',
    since,
    until,
    summary: { en: `${id} summary`, ja: `${id} の概要` },
    sources: source,
    ...extra,
  };
}

export function relation(
  sourceId: string,
  target: string,
  since: string,
  until: string | null = null,
  extra: Partial<Relation> = {},
): Relation {
  return {
    id: `${sourceId}->${target}`,
    source: sourceId,
    target,
    mechanism: 'oci-cli',
    path: 'main',
    since,
    until,
    sources: source,
    ...extra,
  };
}

export const CHANGELOG = '# Changelog\n\n## 1.0.0 — 2026-01-01\n\n- first\n';

/** A small valid set of data files; tests break one thing at a time. */
export function validFiles(): DataFile[] {
  return [
    { path: 'data/meta.json', json: { schemaVersion: 1, version: '1.0.0', asOf: '2026-01-01' } },
    { path: 'data/components/engine.json', json: component('engine', '2014-03', null) },
    {
      path: 'data/components/runtime.json',
      json: component('runtime', '2015-06-22', '2024-11-05', { role: 'oci-runtime' }),
    },
    {
      path: 'data/relations/main.json',
      json: { relations: [relation('engine', 'runtime', '2016-04-13', '2024-11-05')] },
    },
    {
      path: 'data/stacks/main.json',
      json: {
        stacks: [
          {
            id: 'engine-runtime',
            name: { en: 'engine and runtime', ja: 'エンジンとランタイム' },
            since: '2016-04-13',
            until: '2024-11-05',
            components: ['engine', 'runtime'],
            relations: ['engine->runtime'],
            sources: source,
          },
        ],
      },
    },
    {
      path: 'data/events/main.json',
      json: {
        events: [
          {
            id: 'engine-1-0',
            date: '2016',
            kind: 'released',
            subjects: ['engine'],
            title: { en: 'Engine 1.0', ja: 'Engine 1.0' },
            sources: source,
          },
        ],
      },
    },
  ];
}
