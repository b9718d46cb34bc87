import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });
const rulesBroken = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

describe('the lint config keeps the layers apart', () => {
  it('rejects the store, the UI or the canvas imported into the model or the URL layer, by path', async () => {
    expect(
      await rulesBroken(
        'src/model/bad.ts',
        "import { useExplorer } from '../state/store';\nexport const x = useExplorer;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src/url/bad.ts',
        "import { Canvas } from '../canvas/Canvas';\nexport const x = Canvas;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken('src/model/bad.ts', "import { create } from 'zustand';\nexport const x = create;\n"),
    ).toContain('no-restricted-imports');
  });

  it('rejects browser globals in the model', async () => {
    expect(
      await rulesBroken('src/model/bad.ts', 'export const x = () => window.location.search;\n'),
    ).toContain('no-restricted-globals');
  });

  it('rejects React Flow outside src/canvas, and accepts what the layers may import', async () => {
    expect(
      await rulesBroken(
        'src/ui/bad.tsx',
        "import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src/state/bad.ts',
        "import { useReactFlow } from '@xyflow/react';\nexport const x = useReactFlow;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'src/canvas/good.ts',
        "import { MarkerType } from '@xyflow/react';\nexport const x = MarkerType;\n",
      ),
    ).toEqual([]);
    expect(
      await rulesBroken(
        'src/model/good.ts',
        "import { startDay } from './dates';\nexport const x = startDay;\n",
      ),
    ).toEqual([]);
  });

  it('rejects scripts/ importing from e2e/ (shared helpers live in scripts/lib)', async () => {
    expect(
      await rulesBroken(
        'scripts/bad.ts',
        "import { open } from '../e2e/fixtures';\nexport const x = open;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'scripts/bench/bad.ts',
        "import { node } from '../../e2e/fixtures';\nexport const x = node;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        'e2e/good.ts',
        "import { CHROMIUM_ARGS } from '../scripts/lib/chromium';\nexport const x = CHROMIUM_ARGS;\n",
      ),
    ).toEqual([]);
  });

  it('gives each folder its own globals: none of the browser’s or Node’s in the pure layers, no Node in the page', async () => {
    expect(
      await rulesBroken('src/model/bad.ts', 'export const x = () => requestAnimationFrame(() => 1);\n'),
    ).toContain('no-undef');
    expect(await rulesBroken('src/url/bad.ts', 'export const x = () => process.env.LANG;\n')).toContain(
      'no-undef',
    );
    expect(await rulesBroken('src/ui/bad.ts', 'export const x = () => process.env.NODE_ENV;\n')).toContain(
      'no-undef',
    );
    expect(await rulesBroken('src/ui/good.ts', 'export const x = () => window.innerWidth;\n')).toEqual([]);
    expect(await rulesBroken('src/url/good.ts', "export const x = new URLSearchParams('a=1');\n")).toEqual(
      [],
    );
    expect(await rulesBroken('scripts/good.ts', 'export const x = process.argv;\n')).toEqual([]);
    expect(await rulesBroken('src/model/good.test.ts', 'export const x = process.argv;\n')).toEqual([]);
  });
});
