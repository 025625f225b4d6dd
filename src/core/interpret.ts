import { HandlError, type HandlErrorKind } from './handl-error';
import { retryAfterMs } from './retry-after';
import type { RawResponse } from './transport';

/** What one answer means for the task. */
export type Outcome =
  | { type: 'ok'; json: unknown }
  | { type: 'pending'; retryAfterMs: number | undefined }
  | { type: 'failure'; error: HandlError }; // retried on a poll when `error.retryable`

/** Where the answer came from: the POST that submits, or a poll of `/result/{id}`. */
export interface AnswerContext {
  phase: 'submit' | 'poll';
  path: string;
  taskId: string | undefined;
  maxRetryAfterMs: number;
  redact: <T>(value: T) => T;
}

const ERRNO_NOT_FOUND = 8;
const ERRNO_NOT_DONE = 9;
const ERRNO_TASK_FAILED = 10;

/**
 * Decides what an answer means from its status first, then (only where it matters) its body:
 * a pending poll may have an empty, HTML or JSON body and is never parsed strictly.
 */
export function interpret(response: RawResponse, context: AnswerContext): Outcome {
  const { status } = response;
  const wait = () => retryAfterMs(response.headers.get('retry-after'), context.maxRetryAfterMs);
  if (context.phase === 'poll' && (status === 202 || status === 425)) return { type: 'pending', retryAfterMs: wait() };

  const json = parseJson(response.text);
  const errno = numberAt(json, 'errno');
  if (status >= 200 && status < 300) {
    // Empty, cut short, HTML or a bare value: `error.body` keeps what it was.
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return failure('validation', context, response, json, 'The body is not a JSON object');
    }
    // Older servers answer errors with 200 and an errno: the envelope, not the status, decides.
    if (errno === ERRNO_NOT_DONE) return { type: 'pending', retryAfterMs: wait() };
    if (errno === ERRNO_NOT_FOUND) return failure('not_found', context, response, json, 'The task is unknown or expired');
    if (errno === ERRNO_TASK_FAILED) return failure('task_failed', context, response, json);
    if (errno !== undefined) return failure('server', context, response, json);
    return { type: 'ok', json };
  }
  if (status === 500 && errno === ERRNO_TASK_FAILED) return failure('task_failed', context, response, json);
  if (status === 401 || status === 403) return failure('auth', context, response, json, 'Check `token` (and `auth`)');
  if (status === 404) {
    const hint = context.phase === 'poll' ? 'The task is unknown or expired' : 'Check `baseUrl`';
    return failure('not_found', context, response, json, hint);
  }
  if (status === 408) return failure('timeout', context, response, json, undefined, wait());
  if (status === 429) return failure('rate_limited', context, response, json, 'Slow down', wait());
  if (status >= 500) return failure('server', context, response, json, undefined, status === 503 ? wait() : undefined);
  return failure('bad_request', context, response, json);
}

function failure(
  kind: HandlErrorKind,
  context: AnswerContext,
  response: RawResponse,
  json: unknown,
  hint?: string,
  retryAfter?: number,
): Outcome {
  const { redact, path, taskId } = context;
  const serverSays = json === undefined ? undefined : serverMessage(json);
  const message = `[handl-rx] ${path} answered ${response.status}${serverSays ? `: ${serverSays.replace(/\.$/, '')}` : ''}${hint ? `. ${hint}` : ''}`;
  const detail = json !== undefined && typeof json === 'object' && json !== null && 'detail' in json ? json.detail : undefined;
  const error = new HandlError(kind, redact(message), {
    status: response.status,
    errno: numberAt(json, 'errno'),
    taskId,
    detail: redact(Array.isArray(detail) && detail.length === 0 ? undefined : detail),
    // Redact first, then cut: a cut could split the token and leave half of it.
    body: json === undefined ? (response.text === '' ? undefined : redact(response.text).slice(0, 2048)) : redact(json),
    retryAfterMs: retryAfter,
  });
  return { type: 'failure', error };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function numberAt(json: unknown, key: string): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const value = (json as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : undefined;
}

function serverMessage(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { message, detail } = json as { message?: unknown; detail?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  const first = Array.isArray(detail) ? (detail[0] as { msg?: unknown } | undefined) : undefined;
  return typeof first?.msg === 'string' ? first.msg : undefined;
}
