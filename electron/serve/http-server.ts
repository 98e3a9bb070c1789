/**
 * `warrant serve`: the same renderer and the same backend, for a browser, on 127.0.0.1 only.
 * Every API call must carry the random per-run token; Host and Origin are checked so that a web
 * page elsewhere (or a DNS-rebinding trick) cannot drive the backend.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AnyEvent } from '../../shared/api.js';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, type Handlers } from '../../shared/transport.js';
import { dispatch } from '../server/dispatch.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';

/** Largest request body (import uploads arrive base64-encoded in JSON). */
const MAX_BODY_BYTES = 300 * 1024 * 1024;

export interface ServeOptions {
  handlers: Handlers;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The address to open, including the token. */
  url: string;
  port: number;
  token: string;
  server: Server;
  /** Sends a push event to every connected page. */
  broadcast(event: AnyEvent): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Starts the server on 127.0.0.1. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const streams = new Set<ServerResponse>();
  const staticRoot = resolve(options.staticDir);
  let port = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const refuse = (res: ServerResponse, status: number, message: string): void =>
    send(res, status, { ok: false, error: { code: status === 404 ? 'not-found' : 'bad-args', message } });

  const tokenOk = (req: IncomingMessage): boolean => {
    const given = req.headers[TOKEN_HEADER.toLowerCase()];
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // DNS rebinding: a hostile site resolving its own name to 127.0.0.1 sends its own Host.
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) return refuse(res, 403, 'Cross-origin requests are not allowed.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(res, 400, 'The address is not valid (bad percent-encoding).');
    }

    if (url.pathname.startsWith(API_PREFIX)) {
      if (!tokenOk(req)) return refuse(res, 401, 'Missing or wrong access token. Open the address printed by `warrant serve`.');
      if (url.pathname === EVENTS_PATH && req.method === 'GET') return openEventStream(res);
      if (req.method !== 'POST') return refuse(res, 405, 'API calls use POST.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'API calls send JSON.');
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        // Answer at once and discard the body as it arrives, without keeping any of it.
        req.resume();
        return refuse(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Import fewer files at a time.`);
      }
      const body = await readBody(req);
      if (body === null) return refuse(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Import fewer files at a time.`);
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, 'The request body is not valid JSON.');
      }
      const method = pathname.slice(API_PREFIX.length);
      const result = await dispatch(options.handlers, method, args);
      return send(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    return serveStatic(pathname, res);
  };

  const openEventStream = (res: ServerResponse): void => {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    res.write('\n');
    streams.add(res);
    const keepAlive = setInterval(() => res.write('\n'), 15_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      streams.delete(res);
    });
  };

  const serveStatic = async (pathname: string, res: ServerResponse): Promise<void> => {
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    const file = resolve(join(staticRoot, relative || 'index.html'));
    // No path traversal: only files inside the renderer folder are served.
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return refuse(res, 404, 'Not found.');
    const info = await stat(file).catch(() => null);
    const target = info?.isFile() ? file : info?.isDirectory() ? join(file, 'index.html') : null;
    if (!target || !(await stat(target).catch(() => null))?.isFile()) return refuse(res, 404, 'Not found.');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': MIME[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
      else res.destroy();
    });
  });
  // Long imports keep one request open; do not cut them off.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    broadcast(event) {
      const line = JSON.stringify(event) + '\n';
      for (const res of streams) res.write(line);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const res of streams) res.end();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Reads a request body up to MAX_BODY_BYTES; null when it is larger. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooBig = true;
        chunks.length = 0;
        return;
      }
      if (!tooBig) chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
