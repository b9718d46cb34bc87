import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { publish } from '../src/model/explorer';
import { prepare } from '../src/model/prepare';
import { formatProblem } from '../src/model/problems';
import type { Dataset } from '../src/model/types';
import { readDataset } from './lib/read-data';

const PUBLIC_PATH = 'data/dataset.json';
const PREPARED_PATH = 'data/prepared.json';
const SCHEMA_PATH = 'data/dataset.schema.json';

/**
 * Validates data/ and publishes it as data/dataset.json (and data/prepared.json, its layout), with its JSON Schema (data/schema/dataset.schema.json,
 * kept fresh by data:check) beside it as data/dataset.schema.json: emitted by the build, served by the dev server.
 */
/** data/ assembled and validated; a build or a served file fails on the first problem list. */
export function validDataset(root: string): Dataset {
  const { dataset, problems } = readDataset(join(root, 'data'));
  if (problems.length > 0) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
  return dataset;
}

export function datasetPlugin(root: string): Plugin {
  const read = () => validDataset(root);
  const build = () => JSON.stringify(read());
  // The layout and change days, computed here so the page does not lay the dataset out when it starts.
  const prepared = () => JSON.stringify(publish(prepare(read())));
  const schema = () => readFileSync(join(root, 'data', 'schema', 'dataset.schema.json'), 'utf8');
  const published: Record<string, () => string> = {
    [PUBLIC_PATH]: build,
    [PREPARED_PATH]: prepared,
    [SCHEMA_PATH]: schema,
  };
  return {
    name: 'publish-dataset',
    configureServer(server) {
      server.watcher.add(join(root, 'data'));
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file = Object.keys(published).find((name) => path.endsWith(`/${name}`));
        if (!file) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(published[file]());
        } catch (error) {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: (error as Error).message }));
        }
      });
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(published))
        this.emitFile({ type: 'asset', fileName, source: source() });
    },
  };
}
