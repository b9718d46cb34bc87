// Writes data/schema/*.schema.json from src/model/schema.ts; data:check fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, serialize } from './lib/json-schemas';

const dir = join(import.meta.dirname, '..', 'data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, value] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), serialize(value));
console.log(`wrote ${Object.keys(jsonSchemas()).length} schemas to data/schema/`);
