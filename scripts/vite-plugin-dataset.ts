import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/model/problems';
import { readDataset } from './lib/read-data';

const PUBLIC_PATH = 'data/dataset.json';

/** Validates data/ and publishes it as data/dataset.json: emitted by the build, served by the dev server. */
export function datasetPlugin(root: string): Plugin {
  const build = () => {
    const { dataset, problems } = readDataset(join(root, 'data'));
    if (problems.length > 0) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
    return JSON.stringify(dataset);
  };
  return {
    name: 'publish-dataset',
    configureServer(server) {
      server.watcher.add(join(root, 'data'));
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0].endsWith(`/${PUBLIC_PATH}`)) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(build());
        } catch (error) {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: (error as Error).message }));
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PUBLIC_PATH, source: build() });
    },
  };
}
