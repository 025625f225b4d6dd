/// <reference types="node" />
// A loopback stand-in for the Handl API, shared by every harness of the runtime matrix.
//
// Plain node:http on 127.0.0.1 with full CORS, so a browser page, a Worker, Deno and Bun all
// talk to it with their own fetch. It answers like the real service (envelopes shaped like
// ../shared/handl-examples) and records what it saw, so a scenario running in any runtime can
// ask GET /__seen/:taskId afterwards.
//
// Task ids decide how GET /result/:id behaves:
//   created by POST /recognize?async=true  → 202 × `pending` query param (default 0), then 200
//   pending-<n>-<anything>                 → 202 × n, then 200
//   failed-<anything>                      → 500, envelope errno 10 "Async task failed"
//   slow-<anything>                        → never answers; the record tells if the client hung up
//   anything else                          → 404, envelope errno 8 "Async task not found"
//
// Self-contained on purpose (no relative imports): Node 24 runs this file as is, type-stripped,
// to serve the Deno and Bun harnesses (`node test/runtimes/server.ts` prints the URL).
// Only erasable TypeScript syntax here for the same reason.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the server saw of one uploaded file part. */
export interface SeenUpload {
  field: string;
  fileName: string | null;
  contentType: string | null;
  size: number;
  sha256: string;
}

/** One request the server saw for a task, and how it ended. */
export interface SeenRequest {
  method: string;
  path: string;
  /** `aborted`: the client hung up before the response ended. */
  outcome: 'open' | 'answered' | 'aborted';
  status: number | null;
}

/** Everything the server knows about one task id (GET /__seen/:id). */
export interface SeenTask {
  id: string;
  /** The `image` part of the submitting POST, if the task came from one. */
  upload: SeenUpload | null;
  /** Every part name of the submitting POST, in order. */
  parts: string[];
  /** Query of the submitting POST, token removed, repeated keys kept. */
  query: Record<string, string[]>;
  /** GET /result polls answered 202 so far. */
  notDone: number;
  /** Most requests for this task that were in flight at once (polls must not overlap). */
  maxInFlight: number;
  requests: SeenRequest[];
}

export interface HandlTestServer {
  url: string;
  close(): Promise<void>;
}

interface Task extends SeenTask {
  pendingPolls: number;
  behaviour: 'normal' | 'failed' | 'slow';
  inFlight: number;
}

interface Part {
  name: string;
  fileName: string | null;
  contentType: string | null;
  body: Buffer;
}

const FIXTURES = new URL('../../fixtures/documents/', import.meta.url);

const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'retry-after, content-length, content-type, x-handl-test',
  'access-control-max-age': '600',
};

// Written apart from handl-rx/msw on purpose: the runtime matrix checks the SDK against a
// second, independent server, so a mistake shared with the mock cannot hide here.
const envelope = (fields: Record<string, unknown>) => ({
  detail: [],
  items: [],
  task_id: null,
  code: null,
  message: null,
  errno: null,
  traceback: null,
  fake: null,
  ...fields,
});

const field = (text: string, confidence: number, box: [number, number, number, number]) => {
  const [x1, y1, x2, y2] = box;
  return { text, confidence, valid: null, coords: [[[x1, y1], [x2, y1], [x2, y2], [x1, y2]]] };
};

/** Body of a finished recognize task, after result-done-recognize.json (fake data only). */
const recognizeResult = (taskId: string | null, docType: string) =>
  envelope({
    task_id: taskId,
    pages_count: 1,
    docs_count: 1,
    items: [
      {
        doc_type: docType,
        fields: {
          surname: field('ТЕСТОВ', 0.97, [410, 612, 780, 660]),
          first_name: field('ОБРАЗЕЦ', 0.95, [410, 690, 720, 736]),
          date_of_birth: field('', 0, [880, 1446, 1187, 1497]),
          series_and_number: field('00 00 000000', 0.99, [1210, 120, 1260, 620]),
        },
        color: true,
        error: null,
      },
    ],
  });

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startHandlServer(): Promise<HandlTestServer> {
  const tasks = new Map<string, Task>();
  let created = 0;

  const taskFor = (id: string): Task => {
    let task = tasks.get(id);
    if (!task) {
      const pending = /^pending-(\d+)-/.exec(id);
      task = {
        id,
        upload: null,
        parts: [],
        query: {},
        notDone: 0,
        maxInFlight: 0,
        requests: [],
        pendingPolls: pending ? Number(pending[1]) : 0,
        behaviour: id.startsWith('failed-') ? 'failed' : id.startsWith('slow-') ? 'slow' : 'normal',
        inFlight: 0,
      };
      tasks.set(id, task);
    }
    return task;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, envelope({ code: 500, errno: 100, message: String(error) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);

    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
      res.writeHead(204).end();
      return;
    }

    const seen = /^\/__seen\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && seen) {
      const { pendingPolls: _p, behaviour: _b, inFlight: _i, ...view } = taskFor(decodeURIComponent(seen[1]!));
      send(res, 200, view);
      return;
    }

    const fixture = /^\/__fixtures\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && fixture) {
      const name = basename(decodeURIComponent(fixture[1]!));
      const bytes = await readFile(new URL(name, FIXTURES)).catch(() => null);
      if (!bytes) return send(res, 404, { message: `no fixture ${name}` });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }

    if (req.method === 'POST' && path.endsWith('/recognize')) {
      const parts = parseMultipart(req.headers['content-type'], await readBody(req));
      const image = parts.find((part) => part.name === 'image' && part.fileName !== null);
      if (!image) {
        send(res, 400, {
          detail: [{ loc: ['body', 'image'], msg: 'field required', type: 'value_error.missing' }],
        });
        return;
      }
      const query: Record<string, string[]> = {};
      for (const [key, value] of url.searchParams) if (key !== 'token') (query[key] ??= []).push(value);
      const docType = url.searchParams.get('doc_type') ?? 'passport_main';
      if (url.searchParams.get('async') !== 'true') {
        send(res, 200, recognizeResult(null, docType));
        return;
      }
      created += 1;
      const task = taskFor(`task-${created}-${Date.now().toString(16)}`);
      task.upload = {
        field: image.name,
        fileName: image.fileName,
        contentType: image.contentType,
        size: image.body.length,
        sha256: createHash('sha256').update(image.body).digest('hex'),
      };
      task.parts = parts.map((part) => part.name);
      task.query = query;
      task.pendingPolls = Number(url.searchParams.get('pending') ?? 0);
      track(task, req, res);
      send(res, 200, envelope({ task_id: task.id }));
      return;
    }

    const result = /^(?:\/.*)?\/result\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && result) {
      const task = taskFor(decodeURIComponent(result[1]!));
      track(task, req, res);
      if (task.behaviour === 'slow') return; // held open until the client gives up
      if (task.behaviour === 'failed') {
        send(res, 500, envelope({ task_id: task.id, code: 500, errno: 10, message: 'Async task failed', traceback: 'RuntimeError: fake failure for SDK tests' }));
        return;
      }
      if (!task.upload && !task.id.startsWith('pending-')) {
        send(res, 404, envelope({ code: 404, errno: 8, message: 'Async task not found' }));
        return;
      }
      // Answer a little later, so overlapping polls would actually overlap here.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (task.notDone < task.pendingPolls) {
        task.notDone += 1;
        send(res, 202, envelope({ task_id: task.id, code: 202, errno: 9, message: 'Async task not done' }));
        return;
      }
      const docType = task.query['doc_type']?.[0] ?? 'passport_main';
      send(res, 200, recognizeResult(task.id, docType));
      return;
    }

    send(res, 404, { detail: [{ msg: `no route ${req.method} ${path}`, type: 'not_found' }] });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function track(task: Task, req: IncomingMessage, res: ServerResponse): void {
  const record: SeenRequest = { method: req.method ?? '?', path: new URL(req.url ?? '/', 'http://x').pathname, outcome: 'open', status: null };
  task.requests.push(record);
  task.inFlight += 1;
  task.maxInFlight = Math.max(task.maxInFlight, task.inFlight);
  res.on('close', () => {
    task.inFlight -= 1;
    record.status = res.headersSent ? res.statusCode : null;
    // 'close' before end() means the client went away while we still owed it a response.
    record.outcome = res.writableEnded ? 'answered' : 'aborted';
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Just enough multipart/form-data to find each part's name, file name, type and exact bytes. */
function parseMultipart(contentType: string | undefined, body: Buffer): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const headersEnd = body.indexOf('\r\n\r\n', afterDelimiter);
    const next = body.indexOf(delimiter, headersEnd);
    if (headersEnd === -1 || next === -1) break;
    const headers = body.subarray(afterDelimiter + 2, headersEnd).toString('utf8');
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      fileName: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
      contentType: /^content-type:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? null,
      body: body.subarray(headersEnd + 4, next - 2), // the part ends with CRLF before the delimiter
    });
    start = next;
  }
  return parts;
}

// `node test/runtimes/server.ts` (Node 24, type-stripped): serve until stdin closes or a signal,
// printing the URL for scripts/with-handl-server.sh.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startHandlServer();
  process.stdout.write(`${server.url}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
