import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Start `vite preview` on 127.0.0.1 and resolve once it answers; call stop() when done. */
export async function startPreview(port = 4174, outDir?: string): Promise<{ url: string; stop: () => void }> {
  const root = join(import.meta.dirname, '..', '..');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--configLoader',
      'runner',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  // Up to 30 s: loading the config (which lays the dataset out) is slow on a busy machine.
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}; run npm run build first.`);
}
