import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressedPlugin } from './vite-plugin-precompressed';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) =>
  (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler).call(null, ...args);

describe('precompressed files', () => {
  const root = mkdtempSync(join(tmpdir(), 'precompressed-'));
  const script = 'export const x = 1;\n'.repeat(200);
  let url = '';
  let stop = () => {};

  beforeAll(async () => {
    mkdirSync(join(root, 'dist', 'data'), { recursive: true });
    writeFileSync(join(root, 'dist', 'app.js'), script);
    writeFileSync(join(root, 'dist', 'data', 'dataset.json'), '{"version":"1"}');
    writeFileSync(join(root, 'dist', 'picture.png'), 'not text');
    // Beside the build, not in it: never served.
    writeFileSync(join(root, 'secret.json'), '{}');
    writeFileSync(join(root, 'secret.json.gz'), gzipSync('{}'));
    // The build: gzip copies beside the text files.
    const build: Plugin = precompressedPlugin();
    call(build.configResolved, { command: 'build', root, build: { outDir: 'dist' } });
    call(build.closeBundle);
    // `vite preview`: the plugin's middleware, in front of a stand-in for preview's own files.
    let middleware: Middleware | null = null;
    const preview: Plugin = precompressedPlugin();
    call(preview.configurePreviewServer, {
      config: { root, build: { outDir: 'dist' } },
      middlewares: { use: (m: Middleware) => (middleware = m) },
    });
    const server = createServer((req, res) =>
      middleware!(req, res, () => {
        res.setHeader('X-Served-By', 'preview');
        res.end();
      }),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = () => server.close();
  });
  afterAll(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** The raw response: Node's fetch would unpack it. */
  const get = (path: string, encoding = 'gzip, deflate, br') =>
    new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) =>
      httpGet(`${url}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );

  it('writes a gzip copy beside each text file, none beside others', () => {
    expect(existsSync(join(root, 'dist', 'app.js.gz'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'data', 'dataset.json.gz'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'picture.png.gz'))).toBe(false);
  });

  it('serves the copy, with the file’s type, to a browser that accepts gzip', async () => {
    const { headers, body } = await get('/app.js');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toMatch(/^text\/javascript/);
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('leaves the request to preview without gzip, for other files, a path outside the folder or malformed, and a file replaced after the build', async () => {
    expect((await get('/app.js', 'identity')).headers['x-served-by']).toBe('preview');
    expect((await get('/picture.png')).headers['x-served-by']).toBe('preview');
    expect((await get('/..%2fsecret.json')).headers['x-served-by']).toBe('preview');
    expect((await get('/%E0%A4%A.js')).headers['x-served-by']).toBe('preview');
    // As the bench replaces the dataset in a copy of the build: the old copy must not be served.
    writeFileSync(join(root, 'dist', 'data', 'dataset.json'), '{"version":"10x","components":[]}');
    expect((await get('/data/dataset.json')).headers['x-served-by']).toBe('preview');
  });
});
