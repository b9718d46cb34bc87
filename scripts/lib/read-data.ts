import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleDataset, type Assembled, type DataFile } from '../../src/model/assemble';

/** Read every JSON file under `dataDir` (skipping the generated schema/) and assemble the dataset. */
export function readDataset(dataDir: string, root = join(dataDir, '..')): Assembled {
  const files: DataFile[] = [];
  const problems: Assembled['problems'] = [];
  for (const path of listJson(dataDir)) {
    const rel = relative(root, path);
    try {
      files.push({ path: rel, json: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      problems.push({
        file: rel,
        id: '-',
        field: '-',
        message: `is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  const changelog = readText(join(dataDir, 'CHANGELOG.md'));
  const assembled = assembleDataset(files, changelog);
  assembled.problems.unshift(...problems);
  return assembled;
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'schema' ? [] : listJson(path);
      return entry.name.endsWith('.json') && entry.name !== 'dataset.json' ? [path] : [];
    })
    .sort();
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
