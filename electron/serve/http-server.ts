/**
 * `warrant serve`: the same renderer and the same backend, for a browser, on 127.0.0.1 only.
 * Every API call must carry the random per-run token; Host and Origin are checked so that a web
 * page elsewhere (or a DNS-rebinding trick) cannot drive the backend.
 *
 * A page holding the token is still treated with care (docs/architecture.md, "Serve security"):
 * request bodies are capped while they stream in (body.ts), at most a few heavy calls run at
 * once, idle and half-sent connections are cut, and every path argument must lie inside the
 * folders the user allowed (confine.ts).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AnyEvent, MethodName } from '../../shared/api.js';
import { LIMITS } from '../../shared/limits.js';
import type { AppError } from '../../shared/result.js';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, type Handlers } from '../../shared/transport.js';
import { dispatch } from '../server/dispatch.js';
import { MAX_BODY_BYTES, MAX_LIGHT_BODY_BYTES, readJsonBody } from './body.js';
import { confineHandlers, createConfinement } from './confine.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { listDir } from './list-dir.js';

/**
 * Calls that hold a large body, a worker or a big result in memory. At most `maxHeavy` run at
 * once; more are answered `busy` before their body is read, so four simultaneous uploads cannot
 * hold four bodies. Warrant's own UI sends these one after another, so it never meets the cap.
 */
const HEAVY_METHODS: ReadonlySet<string> = new Set<MethodName>([
  'import.run',
  'interchange.import',
  'export.write',
  'export.download',
  'export.preview',
  'merge.preview',
  'merge.importArticles',
  'project.openSample',
]);

/** How long connections may take; the defaults suit a browser on the same machine. */
export interface ServeTimeouts {
  /** Receiving a request's headers (a half-sent request is cut after this). */
  headersMs: number;
  /** Receiving a whole request, body included (not the time the backend takes to answer). */
  requestMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveMs: number;
  /** A socket with no traffic either way while a request is being received. */
  idleMs: number;
}

/** The default timeouts (see ServeTimeouts). */
export const DEFAULT_TIMEOUTS: ServeTimeouts = { headersMs: 20_000, requestMs: 300_000, keepAliveMs: 5_000, idleMs: 60_000 };

export interface ServeOptions {
  handlers: Handlers;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  /**
   * The folders whose files the API may name (open, save, import, export, merge). Paths
   * elsewhere are refused. They need not exist yet.
   */
  allowedDirs: readonly string[];
  port?: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
  /** Shorter timeouts (tests). */
  timeouts?: Partial<ServeTimeouts>;
  /** Largest request body of a heavy call, in bytes (default MAX_BODY_BYTES); others get at most MAX_LIGHT_BODY_BYTES. */
  maxBodyBytes?: number;
  /** Heavy calls allowed at once (default 2). */
  maxHeavy?: number;
}

export interface RunningServer {
  /** The address to open, including the token. */
  url: string;
  port: number;
  token: string;
  server: Server;
  /** The allowed folders as resolved (symlinks followed). */
  allowedDirs: readonly string[];
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
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxHeavy = options.maxHeavy ?? 2;
  const confinement = await createConfinement(options.allowedDirs);
  // The file browser lists exactly the folders the confinement allows, so it is answered here,
  // where the confinement is, rather than by the backend (which answers `unsupported`).
  const handlers = confineHandlers({ ...options.handlers, 'dialog.listDir': (args) => listDir(confinement, args) }, confinement);
  let heavy = 0;
  let port = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const fail = (res: ServerResponse, status: number, error: AppError): void => send(res, status, { ok: false, error });
  const refuse = (res: ServerResponse, status: number, message: string): void =>
    fail(res, status, { code: status === 404 ? 'not-found' : 'bad-args', message });

  /**
   * Answers before the body has been read, then drops the connection rather than read the rest:
   * reading a body only to discard it is what a cap is meant to avoid.
   */
  const refuseUnread = (req: IncomingMessage, res: ServerResponse, status: number, error: AppError): void => {
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.socket.destroySoon());
    fail(res, status, error);
  };

  const tooLarge = (req: IncomingMessage, res: ServerResponse, cap: number): void => {
    const mb = Math.max(1, Math.floor(cap / (1024 * 1024)));
    refuseUnread(req, res, 413, {
      code: 'limit',
      message: `The request is larger than ${mb} MB, the most this server accepts for it. Import fewer files at a time (one file may be up to ${LIMITS.maxImportBytes / (1024 * 1024)} MB).`,
      details: { limit: cap },
    });
  };

  const tokenOk = (req: IncomingMessage): boolean => {
    const given = req.headers[TOKEN_HEADER.toLowerCase()];
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const callApi = async (method: string, req: IncomingMessage, res: ServerResponse, cap: number): Promise<void> => {
    const body = await readJsonBody(req, cap);
    if (body.kind === 'too-large') return tooLarge(req, res, cap);
    if (body.kind === 'aborted') return void res.destroy();
    if (body.kind === 'bad-json') return refuse(res, 400, 'The request body is not valid JSON.');
    // The request is in; the backend may now take minutes (a long import) without traffic.
    // Once the answer is sent, Node itself sets the keep-alive timeout on the socket.
    req.socket.setTimeout(0);
    send(res, 200, await dispatch(handlers, method, body.value));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Refused before the body is read: a request that carries one is cut off rather than read
    // to its end (Node would otherwise read and discard it, however large).
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    const turnAway = (status: number, message: string): void => {
      const error: AppError = { code: status === 404 ? 'not-found' : 'bad-args', message };
      if (hasBody) refuseUnread(req, res, status, error);
      else fail(res, status, error);
    };
    // DNS rebinding: a hostile site resolving its own name to 127.0.0.1 sends its own Host.
    if (!allowedHosts().has(req.headers.host ?? '')) return turnAway(403, 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) return turnAway(403, 'Cross-origin requests are not allowed.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return turnAway(400, 'The address is not valid (bad percent-encoding).');
    }

    if (url.pathname.startsWith(API_PREFIX)) {
      if (!tokenOk(req)) return turnAway(401, 'Missing or wrong access token. Open the address printed by `warrant serve`.');
      if (url.pathname === EVENTS_PATH && req.method === 'GET') return openEventStream(req, res);
      if (req.method !== 'POST') return turnAway(405, 'API calls use POST.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return turnAway(415, 'API calls send JSON.');
      const method = pathname.slice(API_PREFIX.length);
      // Only heavy calls (which are counted) may send large bodies.
      if (!HEAVY_METHODS.has(method)) return callApi(method, req, res, Math.min(maxBody, MAX_LIGHT_BODY_BYTES));
      if (heavy >= maxHeavy) {
        const busy: AppError = {
          code: 'busy',
          message: `Warrant is already working on ${maxHeavy} large requests (imports, exports, merges). Try again when one has finished.`,
        };
        // A body within the cap is discarded as it arrives (nothing kept), so the browser
        // reads the answer instead of a reset connection; anything else is cut off.
        if (Number(req.headers['content-length'] ?? Infinity) > maxBody) return refuseUnread(req, res, 503, busy);
        req.resume();
        return fail(res, 503, busy);
      }
      heavy++;
      try {
        return await callApi(method, req, res, maxBody);
      } finally {
        heavy--;
      }
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return turnAway(405, 'Method not allowed.');
    return serveStatic(pathname, res);
  };

  const openEventStream = (req: IncomingMessage, res: ServerResponse): void => {
    // A long-lived stream: its own keep-alive lines below, no idle cut.
    req.socket.setTimeout(0);
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

  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // How often Node looks for connections past headersTimeout / requestTimeout (default
      // 30 s, which let a half-sent request stay open well past its limit).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
    },
    (req, res) => {
      handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
        else res.destroy();
      });
    },
  );
  // A socket with no traffic at all (a client that connected, or sent half a request, and
  // stopped) is destroyed after idleMs; callApi lifts this while the backend works on an answer.
  server.timeout = timeouts.idleMs;

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
    allowedDirs: confinement.folders,
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
