/**
 * A plain static file server on 127.0.0.1 for the benchmark: files read once
 * and kept in memory, no transforms, no compression (sizes are computed from
 * the bodies), no caching headers (every page load is a fresh context
 * anyway). Lighter than the dev server, so a page's timings are the
 * browser's work more than the server's.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Types a CDN compresses (text); images and fonts go as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

/**
 * `gzip: true` answers as a CDN does: text bodies gzip-compressed (level 6,
 * `content-encoding: gzip`) when the browser accepts it (the network table).
 */
export async function serveStatic(rootDir = '.', { gzip = false } = {}) {
  const root = resolve(rootDir);
  const cache = new Map();
  const zipped = new Map();
  const load = async (path) => {
    if (!cache.has(path)) cache.set(path, readFile(path).catch(() => null));
    return cache.get(path);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = join(root, normalize(decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/') || (await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
    const body = await load(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!zipped.has(path)) zipped.set(path, gzipSync(body, { level: 6 }));
      const z = zipped.get(path);
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': z.length, 'cache-control': 'no-store' });
      res.end(z);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
