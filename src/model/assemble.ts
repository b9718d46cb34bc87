import type { z } from 'zod';
import { parseChangelog } from './changelog';
import { checkRules } from './rules';
import type { Problem } from './problems';
import * as schema from './schema';
import type { Dataset } from './types';

/** A data file as read from disk: its path relative to the repository and its parsed JSON. */
export interface DataFile {
  path: string;
  json: unknown;
}

export interface Assembled {
  dataset: Dataset;
  /** Which file each item came from, keyed `<kind>:<id>`. */
  origin: Map<string, string>;
  problems: Problem[];
}

/** Parse every file with the schema, then check the rules that span files. */
export function assembleDataset(files: DataFile[], changelog: string): Assembled {
  const problems: Problem[] = [];
  const origin = new Map<string, string>();
  const dataset: Dataset = {
    schemaVersion: 1,
    version: '0.0.0',
    asOf: '1970-01-01',
    changelog: parseChangelog(changelog),
    components: [],
    relations: [],
    stacks: [],
    events: [],
  };

  const metaFile = files.find((f) => f.path.endsWith('/meta.json'));
  if (!metaFile) problems.push({ file: 'data/meta.json', id: '-', field: '-', message: 'file is missing' });
  else {
    const meta = parse(schema.Meta, metaFile, problems);
    if (meta)
      Object.assign(dataset, { schemaVersion: meta.schemaVersion, version: meta.version, asOf: meta.asOf });
  }

  for (const file of files) {
    const folder = file.path.split('/').at(-2);
    if (folder === 'components') {
      const component = parse(schema.Component, file, problems);
      if (!component) continue;
      const { $schema: _, ...rest } = component;
      const expected = `${component.id}.json`;
      if (!file.path.endsWith(`/${expected}`)) {
        problems.push({
          file: file.path,
          id: component.id,
          field: 'id',
          message: `file must be named ${expected}`,
        });
      }
      dataset.components.push(rest);
      origin.set(`components:${component.id}`, file.path);
    } else if (folder === 'relations') {
      collect(parse(schema.RelationsFile, file, problems)?.relations, dataset.relations, folder, file.path);
    } else if (folder === 'stacks') {
      collect(parse(schema.StacksFile, file, problems)?.stacks, dataset.stacks, folder, file.path);
    } else if (folder === 'events') {
      collect(parse(schema.EventsFile, file, problems)?.events, dataset.events, folder, file.path);
    }
  }

  function collect<T extends { id: string }>(items: T[] | undefined, into: T[], kind: string, path: string) {
    for (const item of items ?? []) {
      into.push(item);
      origin.set(`${kind}:${item.id}`, path);
    }
  }

  dataset.components.sort((a, b) => a.id.localeCompare(b.id));
  problems.push(...checkRules(dataset, origin));
  return { dataset, origin, problems };
}

function parse<T>(zodSchema: z.ZodType<T>, file: DataFile, problems: Problem[]): T | null {
  const result = zodSchema.safeParse(file.json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key is reported on its parent; name the key itself as the field.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(',')] : issue.path;
    problems.push({ file: file.path, ...locate(file.json, path), message: issue.message });
  }
  return null;
}

/** Turn a zod path like ["relations", 3, "since"] into the item's id and the field inside it. */
function locate(json: unknown, path: PropertyKey[]): { id: string; field: string } {
  const root = (typeof json === 'object' && json !== null ? json : {}) as Record<PropertyKey, unknown>;
  const inList = ['relations', 'stacks', 'events'].includes(String(path[0])) && typeof path[1] === 'number';
  if (!inList) {
    return { id: typeof root.id === 'string' ? root.id : '-', field: path.map(String).join('.') || '-' };
  }
  const list = root[path[0]] as { id?: unknown }[] | undefined;
  const itemId = list?.[path[1] as number]?.id;
  return {
    id: typeof itemId === 'string' ? itemId : `#${String(path[1])}`,
    field: path.slice(2).map(String).join('.') || '-',
  };
}
