import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/model/problems';
import { readDataset } from './lib/read-data';

const PUBLIC_PATH = 'data/dataset.json';
const SCHEMA_PATH = 'data/dataset.schema.json';

/**
 * Validates data/ and publishes it as data/dataset.json, with its JSON Schema (data/schema/dataset.schema.json,
 * kept fresh by data:check) beside it as data/dataset.schema.json: emitted by the build, served by the dev server.
 */
export function datasetPlugin(root: string): Plugin {
  const build = () => {
    const { dataset, problems } = readDataset(join(root, 'data'));
    if (problems.length > 0) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
    return JSON.stringify(dataset);
  };
  const schema = () => readFileSync(join(root, 'data', 'schema', 'dataset.schema.json'), 'utf8');
  const published: Record<string, () => string> = { [PUBLIC_PATH]: build, [SCHEMA_PATH]: schema };
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
      for (const [fileName, source] of Object.entries(published)) this.emitFile({ type: 'asset', fileName, source: source() });
    },
  };
}
