// npm run data:check — validates data/ and names the file, item id and field of every problem.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coverage } from '../src/model/coverage';
import { datedFields, evidenceProblems } from '../src/model/evidence';
import { formatProblem } from '../src/model/problems';
import { jsonSchemas, serialize } from './lib/json-schemas';
import { readDataset } from './lib/read-data';

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'data'));
const { dataset, origin, problems } = readDataset(dataDir);

if (process.argv[2] === undefined) {
  for (const [name, value] of Object.entries(jsonSchemas())) {
    const path = join(dataDir, 'schema', name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== serialize(value)) {
      problems.push({
        file: `data/schema/${name}`,
        id: '-',
        field: '-',
        message: 'is stale: run npm run data:schema',
      });
    }
  }
}

problems.push(...evidenceProblems(dataset, origin));

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ndata:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}

const { components, relations, stacks, events } = dataset;
console.log(
  `data:check ok: dataset ${dataset.version} (asOf ${dataset.asOf}): ${components.length} components, ` +
    `${relations.length} relations, ${stacks.length} stacks, ${events.length} events.`,
);

const { missingCanonicalIds, dayPrecision } = coverage(dataset);
const share = ((100 * dayPrecision.day) / Math.max(1, dayPrecision.total)).toFixed(0);
console.log(
  `coverage: ${share}% of ${dayPrecision.total} dates are to the day; ` +
    (missingCanonicalIds.length === 0
      ? 'every canonical id of CONTRACT.md §1 is present.'
      : `${missingCanonicalIds.length} canonical ids missing: ${missingCanonicalIds.join(', ')}`),
);

const dated = datedFields(dataset);
const byEvidence = dated.filter((f) => f.settled === 'evidence').length;
const byNote = dated.filter((f) => f.settled === 'note').length;
console.log(
  `evidence: ${byEvidence} of ${dated.length} dates name their tag, commit or post; ` +
    `${byNote} are marked unsettled by a context note saying what was looked for; ${dated.length - byEvidence - byNote} not yet.`,
);
