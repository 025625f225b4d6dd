/** What went wrong, as a stable string a program can switch on. */
export type HandlErrorKind =
  | 'network'
  | 'timeout'
  | 'deadline'
  | 'aborted'
  | 'auth'
  | 'rate_limited'
  | 'not_found'
  | 'task_failed'
  | 'bad_request'
  | 'server'
  | 'validation';

/** Fields a {@link HandlError} may carry besides its kind and message. */
export interface HandlErrorInit {
  status?: number | undefined;
  errno?: number | undefined;
  taskId?: string | undefined;
  detail?: unknown;
  body?: unknown;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

const RETRYABLE: readonly HandlErrorKind[] = ['network', 'timeout', 'deadline', 'rate_limited', 'server'];
const FIELDS = ['status', 'errno', 'taskId', 'detail', 'body', 'retryAfterMs'] as const;

/**
 * The one error type of handl-rx: every failure ends as a `HandlError` with a `kind`.
 *
 * @example
 * if (state.status === 'error' && state.error.kind === 'auth') showLicenseHelp();
 */
export class HandlError extends Error {
  override readonly name = 'HandlError' as const;
  readonly kind: HandlErrorKind;
  /** True when trying again later may succeed (network, timeout, deadline, rate limit, server). */
  readonly retryable: boolean;
  declare readonly status?: number;
  declare readonly errno?: number;
  declare readonly taskId?: string;
  /** The server's `detail` (validation problems), when it sent one. */
  declare readonly detail?: unknown;
  /** The response body (parsed JSON, or text cut to 2 kB), token redacted. */
  declare readonly body?: unknown;
  /** How long the server asked us to wait (`Retry-After`), in ms. */
  declare readonly retryAfterMs?: number;

  constructor(kind: HandlErrorKind, message: string, init: HandlErrorInit = {}) {
    super(message, init); // sets `cause` only when init has one
    this.kind = kind;
    this.retryable = RETRYABLE.includes(kind);
    // Only own what is known, so `toEqual` and logs show no `undefined` noise.
    for (const key of FIELDS) if (init[key] !== undefined) (this as Record<string, unknown>)[key] = init[key];
  }
}

/**
 * True for a {@link HandlError}, also one made by another copy of handl-rx or in another realm.
 *
 * @example
 * try { await handl.recognize(file) } catch (e) { if (isHandlError(e)) console.log(e.kind) }
 */
export function isHandlError(value: unknown): value is HandlError {
  if (value instanceof HandlError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; kind?: unknown; message?: unknown };
  return (
    candidate.name === 'HandlError' &&
    typeof candidate.kind === 'string' &&
    typeof candidate.message === 'string'
  );
}
