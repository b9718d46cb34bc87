import type { PublishedPrepared } from '../model/explorer';
import type { Dataset } from '../model/types';

/** Where the build publishes the dataset (CONTRACT.md §3), relative to index.html. */
export const DATASET_URL = 'data/dataset.json';
/** The layout and change days the build computed from it (src/model/explorer.ts). */
export const PREPARED_URL = 'data/prepared.json';

/** What the build prepared ahead, or null if it cannot be had: the page then prepares the dataset itself. */
export async function loadPublishedPrepared(url = PREPARED_URL): Promise<PublishedPrepared | null> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as PublishedPrepared) : null;
  } catch {
    return null;
  }
}

/**
 * Fetch the published dataset. It was validated when it was built (npm run data:check and the
 * build plugin), so here we only make sure it is the shape version this app reads.
 */
export async function loadDataset(url = DATASET_URL): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  const dataset = (await response.json()) as Dataset;
  if (dataset.schemaVersion !== 1)
    throw new Error(`${url} has schemaVersion ${String(dataset.schemaVersion)}; this app reads 1.`);
  return dataset;
}
