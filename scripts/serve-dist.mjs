#!/usr/bin/env node
// Serves dist/ for the browser tests like a plain static host: directory → index.html, unknown
// path → 404.html with status 404, gzip for text. Unlike `astro preview`, which allows one server
// per project, it can run while `npm start` is serving the site.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const port = Number(process.argv[2] ?? 4322);
// A second argument serves another build (the scale bench builds into a temporary folder).
const root = process.argv[3] ?? join(import.meta.dirname, '..', 'dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

function resolve(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

createServer((req, res) => {
  const file = resolve(new URL(req.url ?? '/', 'http://x').pathname);
  const path = file ?? join(root, '404.html');
  // Gzip as deploy/nginx.conf does, so Lighthouse in the bench sees what users get. Pagefind's
  // fragments and index are compressed already and served as they are.
  const type = types[extname(path)];
  const gzip = type !== undefined && type !== 'image/png' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(file ? 200 : 404, {
    'content-type': type ?? 'application/octet-stream',
    ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
  });
  // A file can vanish while a rebuild runs, and clients hang up: either way, close everything and
  // drop the connection instead of crashing.
  const streams = [createReadStream(path), ...(gzip ? [createGzip()] : []), res];
  pipeline(streams, (error) => error && res.destroy());
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
