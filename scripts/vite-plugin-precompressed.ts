import {
  closeSync,
  createReadStream,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing, and the type each is served as. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The build writes a gzip copy beside every text file (`x.js.gz`), as a static host serves them,
 * and `vite preview` serves that copy to a browser that accepts gzip. Preview otherwise
 * compresses each response again on every request, in the same process and on the same cores as
 * the page it serves: on this two-core machine 17–24 ms for the explorer's script and about 10
 * for the dataset, before the first canvas (issue 13). A copy whose content is not its file's
 * size (a file replaced after the build, as the bench's 10× dataset is) is not served.
 */
export function precompressedPlugin(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'precompressed',
    configResolved(config) {
      if (config.command === 'build') outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        if (outDir === null) return;
        for (const file of filesIn(outDir))
          if (extname(file) in TYPES)
            writeFileSync(
              `${file}.gz`,
              gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }),
            );
      },
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      // Before preview's own compression and static files.
      server.middlewares.use((req, res, next) => {
        if (
          (req.method !== 'GET' && req.method !== 'HEAD') ||
          !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        )
          return next();
        const path = decoded(new URL(req.url ?? '/', 'http://x').pathname);
        if (path === null) return next();
        const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
        const type = TYPES[extname(file)];
        if (type === undefined || !file.startsWith(root + sep)) return next();
        const [plain, packed] = [stat(file), stat(`${file}.gz`)];
        if (plain === null || packed === null || unpackedSize(`${file}.gz`, packed.size) !== plain.size)
          return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', packed.size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}

/** A URL's path as a file path, or null where it is malformed (preview answers those itself). */
function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function stat(file: string) {
  try {
    const s = statSync(file);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** The size of a gzip file's content, from its last four bytes (ISIZE, RFC 1952). */
function unpackedSize(file: string, size: number): number {
  const fd = openSync(file, 'r');
  try {
    const tail = Buffer.alloc(4);
    readSync(fd, tail, 0, 4, size - 4);
    return tail.readUInt32LE(0);
  } finally {
    closeSync(fd);
  }
}
