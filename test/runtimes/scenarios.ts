// The runtime matrix: one set of scenarios, run unchanged by every harness (Node 20 and 24,
// Chromium, workerd, Deno, Bun) against the loopback server of ./server.ts.
//
// Runtime-agnostic on purpose: only fetch, timers, Blob and the built package, imported by its
// name so the exports map is exercised (`handl-rx` resolves to dist/ through package.json's
// own exports). No test framework and no node: imports — a scenario throws when it fails.
// No relative imports either (the rxjs import is types only, erased), so Deno, Bun and Node
// all load this file as is.
import { createHandl, isHandlError } from 'handl-rx';
import type { Handl, HandlOptions, TaskState } from 'handl-rx';
import type { Observable } from 'rxjs';

/** The real specimen every runtime uploads; the server reports what it received. */
export const SPECIMEN = {
  name: 'passport-utopia-td3-specimen.jpg',
  size: 301_948,
  sha256: 'ff1392595fa9a5611131d4cab98a8414d6505268a31afdce1d7546bd7f4a8821',
} as const;

export interface ScenarioContext {
  /** Root URL of the loopback server, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Bytes of {@link SPECIMEN}, read the way the runtime reads files. */
  specimen: Uint8Array<ArrayBuffer>;
}

/** The specimen's bytes served by the loopback server, for runtimes without a file system. */
export async function fetchSpecimen(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(`${url}/__fixtures/${SPECIMEN.name}`);
  if (!response.ok) throw new Error(`specimen: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Shape of GET /__seen/:id (see SeenTask in ./server.ts). */
interface Seen {
  upload: { field: string; fileName: string | null; contentType: string | null; size: number; sha256: string } | null;
  parts: string[];
  query: Record<string, string[]>;
  notDone: number;
  maxInFlight: number;
  requests: { method: string; path: string; outcome: 'open' | 'answered' | 'aborted'; status: number | null }[];
}

type State = TaskState<unknown>;

/** Fast polls so the whole matrix stays quick; no jitter so attempts are deterministic. */
const FAST: NonNullable<HandlOptions['poll']> = { initialDelayMs: 10, intervalMs: 10, backoff: 1, maxIntervalMs: 10, jitter: 0 };

const client = (ctx: ScenarioContext): Handl =>
  createHandl({ baseUrl: ctx.url, token: 'runtime-matrix-token', poll: FAST, deadlineMs: 10_000 });

let counter = 0;
const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(counter += 1)}`;

/** An async recognize of the real specimen: the server receives exactly its bytes. */
export async function recognizesSpecimen(ctx: ScenarioContext): Promise<void> {
  check(ctx.specimen.byteLength === SPECIMEN.size, `specimen read as ${ctx.specimen.byteLength} bytes, want ${SPECIMEN.size}`);
  const file = new Blob([ctx.specimen], { type: 'image/jpeg' });
  const states = await collect(
    client(ctx).recognize$(file, { docType: 'passport_main', fileName: SPECIMEN.name, params: { pending: 2 } }),
  );
  equal(states.map((s) => s.status), ['submitted', 'pending', 'pending', 'done'], 'states');
  const done = states[3];
  if (done?.status !== 'done' || !done.taskId) throw new Error(`no done state with a task id: ${show(done)}`);
  equal(done.result.items[0]?.doc_type, 'passport_main', 'first item doc_type');

  const seen = await inspect(ctx, done.taskId);
  equal(seen.upload, { field: 'image', fileName: SPECIMEN.name, contentType: 'image/jpeg', size: SPECIMEN.size, sha256: SPECIMEN.sha256 }, 'upload the server received');
  equal(seen.parts, ['image'], 'multipart parts');
  equal(seen.query['async'], ['true'], 'async query parameter');
  equal(seen.query['doc_type'], ['passport_main'], 'doc_type query parameter');
}

/** 202 → 200 polling: one pending state per 202, attempts counted from 1, polls never overlap. */
export async function pollsUntilDone(ctx: ScenarioContext): Promise<void> {
  const taskId = uniqueId('pending-3');
  const states = await collect(client(ctx).result$(taskId));
  equal(states.map((s) => s.status), ['pending', 'pending', 'pending', 'done'], 'states');
  equal(states.map((s) => (s.status === 'pending' ? s.attempt : null)), [1, 2, 3, null], 'pending attempts');
  check(states.every((s) => s.taskId === taskId), `every state carries taskId ${taskId}: ${show(states)}`);

  const seen = await inspect(ctx, taskId);
  equal(seen.requests.map((r) => `${r.method} ${r.status}`), ['GET 202', 'GET 202', 'GET 202', 'GET 200'], 'requests the server answered');
  equal(seen.maxInFlight, 1, 'polls in flight at once');
}

/** An unknown task (404, errno 8) ends in an error state of kind `not_found`, not retried. */
export async function mapsNotFound(ctx: ScenarioContext): Promise<void> {
  const taskId = uniqueId('missing');
  const states = await collect(client(ctx).result$(taskId));
  const error = onlyError(states);
  equal({ kind: error.kind, status: error.status, errno: error.errno, taskId: error.taskId }, { kind: 'not_found', status: 404, errno: 8, taskId }, 'error');
  equal((await inspect(ctx, taskId)).requests.length, 1, 'requests for a missing task');
}

/** A failed task (500 with errno 10) ends in an error state of kind `task_failed`, not retried. */
export async function mapsTaskFailed(ctx: ScenarioContext): Promise<void> {
  const taskId = uniqueId('failed');
  const states = await collect(client(ctx).result$(taskId));
  const error = onlyError(states);
  equal({ kind: error.kind, status: error.status, errno: error.errno, retryable: error.retryable }, { kind: 'task_failed', status: 500, errno: 10, retryable: false }, 'error');
  equal((await inspect(ctx, taskId)).requests.length, 1, 'requests for a failed task');
}

/** Unsubscribing mid-request aborts it: the server sees the client hang up, and nothing follows. */
export async function abortsOnUnsubscribe(ctx: ScenarioContext): Promise<void> {
  const taskId = uniqueId('slow');
  const states: State[] = [];
  let ended = '';
  const subscription = client(ctx)
    .result$(taskId)
    .subscribe({ next: (s) => void states.push(s), error: (e: unknown) => (ended = `error ${show(e)}`), complete: () => (ended = 'complete') });

  await until(ctx, taskId, (seen) => seen.requests.length === 1, 'the poll to reach the server');
  subscription.unsubscribe();
  const seen = await until(ctx, taskId, (s) => s.requests[0]?.outcome === 'aborted', 'the server to see the poll aborted');
  await sleep(50); // a leaked timer would poll again in 10 ms
  equal((await inspect(ctx, taskId)).requests.length, 1, 'requests after unsubscribe');
  equal(seen.requests[0]?.status, null, 'status the aborted poll got');
  equal(states, [], 'states emitted');
  equal(ended, '', 'how the observable ended (unsubscribing is silent)');
}

/** Every scenario by name, for the harnesses to loop over. */
export const scenarios: Record<string, (ctx: ScenarioContext) => Promise<void>> = {
  'async recognize of the specimen: the server gets its exact bytes': recognizesSpecimen,
  '202 → 200 polling: pending attempts 1..3, then done, no overlap': pollsUntilDone,
  '404 errno 8 → error state kind not_found': mapsNotFound,
  '500 errno 10 → error state kind task_failed': mapsTaskFailed,
  'unsubscribe mid-request → the server sees the request aborted': abortsOnUnsubscribe,
};

// ---- helpers ------------------------------------------------------------------------------

/** All states until completion; an erroring observable or a 10 s stall fails the scenario. */
function collect<T>(observable: Observable<T>, timeoutMs = 10_000): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    let subscription: { unsubscribe(): void } | undefined;
    const timer = setTimeout(() => {
      subscription?.unsubscribe();
      reject(new Error(`no completion after ${timeoutMs} ms; states so far: ${show(values)}`));
    }, timeoutMs);
    subscription = observable.subscribe({
      next: (value) => void values.push(value),
      error: (e) => {
        clearTimeout(timer);
        reject(new Error(`the observable errored (errors must be states): ${show(e)}`));
      },
      complete: () => {
        clearTimeout(timer);
        resolve(values);
      },
    });
  });
}

function onlyError(states: State[]) {
  const [state, ...rest] = states;
  if (state?.status !== 'error' || rest.length > 0) throw new Error(`want exactly one error state, got ${show(states)}`);
  check(isHandlError(state.error), `error is a HandlError: ${show(state.error)}`);
  check(state.error.name === 'HandlError', `error.name is HandlError: ${state.error.name}`);
  return state.error;
}

async function inspect(ctx: ScenarioContext, taskId: string): Promise<Seen> {
  const response = await fetch(`${ctx.url}/__seen/${encodeURIComponent(taskId)}`);
  return (await response.json()) as Seen;
}

async function until(ctx: ScenarioContext, taskId: string, done: (seen: Seen) => boolean, what: string): Promise<Seen> {
  const giveUp = Date.now() + 5_000;
  for (;;) {
    const seen = await inspect(ctx, taskId);
    if (done(seen)) return seen;
    if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}; server saw ${show(seen)}`);
    await sleep(10);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function equal(actual: unknown, expected: unknown, what: string): void {
  if (show(actual) !== show(expected)) throw new Error(`${what}: got ${show(actual)}, want ${show(expected)}`);
}

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { ...v, name: v.name, message: v.message } : v)) ?? String(value);
}
