import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });
const rulesBroken = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

describe('the lint config keeps the layers apart', () => {
  it('rejects the store, the UI or the canvas imported into the model or the URL layer, by path', async () => {
    expect(await rulesBroken('src/model/bad.ts', "import { useExplorer } from '../state/store';\nexport const x = useExplorer;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('src/url/bad.ts', "import { Canvas } from '../canvas/Canvas';\nexport const x = Canvas;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('src/model/bad.ts', "import { create } from 'zustand';\nexport const x = create;\n")).toContain('no-restricted-imports');
  });

  it('rejects browser globals in the model', async () => {
    expect(await rulesBroken('src/model/bad.ts', 'export const x = () => window.location.search;\n')).toContain('no-restricted-globals');
  });

  it('rejects React Flow outside src/canvas, and accepts what the layers may import', async () => {
    expect(await rulesBroken('src/ui/bad.tsx', "import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('src/model/good.ts', "import { startDay } from './dates';\nexport const x = startDay;\n")).toEqual([]);
  });
});
