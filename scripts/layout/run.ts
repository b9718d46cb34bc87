// npm run layout: choose the overview's columns for the dataset in data/ and write them to
// src/model/layout-columns.json. Run it after a data change that adds or moves components; the
// unit test in src/model/layout.test.ts says when the drawing has become tangled without it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../lib/read-data';
import { optimiseColumns } from './optimise';
import { overviewStats } from './stats';

const root = join(import.meta.dirname, '..', '..');
const { dataset } = readDataset(join(root, 'data'));
const columns = optimiseColumns(dataset, { budget: 9, overflowCost: 30, iterations: 8000, seed: 1 });
const sorted = Object.fromEntries([...columns].sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'src/model/layout-columns.json'), `${JSON.stringify(sorted, null, 2)}\n`);
const stats = overviewStats(dataset, columns);
console.log(
  `crossings per change day: mean ${stats.mean.toFixed(1)}, max ${stats.max} (${stats.worst}); widest day ${stats.columns} columns`,
);
