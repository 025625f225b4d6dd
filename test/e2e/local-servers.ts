import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ANNOTATED } from '../../demo/src/annotations';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/**
 * Serves `dir` under `prefix` on 127.0.0.1 (ephemeral port), the way a static host serves a
 * site from a sub-path. Everything outside the prefix is a 404.
 */
export async function serveStatic(dir: string, prefix: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(prefix)) return void response.writeHead(404).end();
    const relative = normalize(decodeURIComponent(path.slice(prefix.length)) || 'index.html');
    if (relative.startsWith('..')) return void response.writeHead(403).end();
    try {
      const body = await readFile(join(dir, relative.endsWith('/') ? `${relative}index.html` : relative));
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A stand-in for the user's own backend in front of Handl: it answers `POST …/recognize` with
 * the annotated Utopia result and allows the demo's origin (CORS), and records what it got.
 */
export async function startProxy(): Promise<{ url: string; seen: unknown[]; close(): Promise<void> }> {
  const seen: unknown[] = [];
  const utopia = ANNOTATED.get('ff1392595fa9a5611131d4cab98a8414d6505268a31afdce1d7546bd7f4a8821')?.recognize;
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, POST' };
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization });
    request.resume();
    request.on('end', () => {
      const ok = request.method === 'POST' && request.url?.startsWith('/api/handl/recognize');
      response.writeHead(ok ? 200 : 404, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(ok ? utopia : { detail: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
