import { readFileSync } from 'node:fs';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scripts: Record<string, string> = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts;

describe('vite.config.ts', () => {
  // `npm run dev` printed a 12-line warning about `configLoader: 'native'` at every start.
  for (const name of ['dev', 'build', 'preview']) {
    it(`loads without a warning the way \`npm run ${name}\` loads it`, async () => {
      const loader = /--configLoader[= ](\w+)/.exec(scripts[name])?.[1] as
        'bundle' | 'runner' | 'native' | undefined;
      const warnings: string[] = [];
      const logger = {
        ...createLogger('silent'),
        warn: (m: string) => void warnings.push(m),
        warnOnce: (m: string) => void warnings.push(m),
      };
      const loaded = await loadConfigFromFile(
        { command: name === 'build' ? 'build' : 'serve', mode: 'production' },
        undefined,
        root,
        'warn',
        logger,
        loader,
      );
      expect(loaded?.config.plugins?.length).toBeGreaterThan(0);
      expect(warnings).toEqual([]);
    });
  }
});
