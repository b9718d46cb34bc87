import { z } from 'zod';
import * as schema from '../../src/model/schema';

/** The JSON Schemas editors use for data/ files, generated from the zod schema. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
  return {
    'meta.schema.json': make(schema.Meta),
    'component.schema.json': make(schema.Component),
    'relations.schema.json': make(schema.RelationsFile),
    'stacks.schema.json': make(schema.StacksFile),
    'events.schema.json': make(schema.EventsFile),
    'dataset.schema.json': make(schema.Dataset),
  };
}

export const serialize = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
