import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Run data:check on a copy of data/ after `mutate`; return its exit code and output. */
function checkCopy(mutate: (dataDir: string) => void): { code: number; output: string } {
  dir = mkdtempSync(join(tmpdir(), 'data-check-'));
  const dataDir = join(dir, 'data');
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  mutate(dataDir);
  try {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/data-check.ts'), dataDir],
      { cwd: root, encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('npm run data:check', () => {
  it('passes on the real data', () => {
    const result = checkCopy(() => {});
    expect(result.output).toMatch(/data:check ok/);
    expect(result.output).toMatch(/; 0 not yet\./);
    expect(result.code).toBe(0);
  });

  it('fails naming the file, the item id and the field', () => {
    const result = checkCopy((dataDir) => {
      const path = join(dataDir, 'components', 'runc.json');
      const runc = JSON.parse(readFileSync(path, 'utf8'));
      runc.until = '2001-01-01';
      writeFileSync(path, JSON.stringify(runc));
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/data\/components\/runc\.json: runc: until: must be after since/);
  });

  it('fails on a stack whose relations do not reach one of its components', () => {
    const result = checkCopy((dataDir) => {
      const path = join(dataDir, 'stacks', 'mainline.json');
      const file = JSON.parse(readFileSync(path, 'utf8'));
      const crio = file.stacks.find((s: { id: string }) => s.id === 'cri-o');
      crio.relations = crio.relations.filter((id: string) => id !== 'conmon->runc');
      writeFileSync(path, JSON.stringify(file));
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /data\/stacks\/mainline\.json: cri-o: relations: do not connect "runc" to "kubelet"/,
    );
  });

  it('fails on a date with neither its evidence nor a note saying no source settles it', () => {
    const result = checkCopy((dataDir) => {
      const path = join(dataDir, 'components', 'qemu.json');
      const qemu = JSON.parse(readFileSync(path, 'utf8'));
      for (const note of qemu.notes) delete note.unsettled;
      writeFileSync(path, JSON.stringify(qemu));
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/data\/components\/qemu\.json: qemu: since: 2003 has no evidence/);
  });

  it('fails on a file that is not JSON', () => {
    const result = checkCopy((dataDir) =>
      writeFileSync(join(dataDir, 'components', 'broken.json'), '{ "id": '),
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/data\/components\/broken\.json: -: -: is not valid JSON/);
  });
});
