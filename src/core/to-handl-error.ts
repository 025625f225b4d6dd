import { AbortReason } from './abort-reason';
import { HandlError } from './handl-error';

/** What the one mapper needs to know about where a failure happened. */
export interface FailureContext {
  taskId: string | undefined;
  /** Path of the request, never the full URL (which may carry the token). */
  path: string;
  timeoutMs: number;
  redact: <T>(value: T) => T;
}

/**
 * Maps anything a request can throw (our abort reasons, fetch's TypeError, ky's errors, a
 * DOMException) to a {@link HandlError}. The only place transport errors are translated; the
 * token is redacted before any text is kept.
 */
export function toHandlError(cause: unknown, context: FailureContext): HandlError {
  const { taskId, path, redact } = context;
  if (cause instanceof HandlError) return cause;
  if (cause instanceof AbortReason) {
    switch (cause.kind) {
      case 'timeout':
        return new HandlError('timeout', `[handl-rx] ${path} did not answer in full within ${context.timeoutMs} ms. Raise \`requestTimeoutMs\` or check the network`, { taskId });
      case 'deadline':
        return taskId === undefined
          ? new HandlError('deadline', `[handl-rx] ${path} did not answer before the task's deadline. Raise \`deadlineMs\``)
          : new HandlError('deadline', `[handl-rx] task ${taskId} did not finish before its deadline. It goes on at Handl: resume it with \`result$(taskId)\` or raise \`deadlineMs\``, { taskId });
      default:
        return new HandlError('aborted', '[handl-rx] the task was aborted by its `signal`', { taskId });
    }
  }
  const name = cause instanceof Error ? cause.name : 'Error';
  // Its own full stop would double ours.
  const message = redact(cause instanceof Error ? cause.message : String(cause)).replace(/\.$/, '');
  if (name === 'TimeoutError') {
    return new HandlError('timeout', `[handl-rx] ${path} timed out. Raise \`requestTimeoutMs\``, { taskId });
  }
  if (name === 'AbortError') {
    return new HandlError('aborted', '[handl-rx] the request was aborted', { taskId });
  }
  return new HandlError('network', `[handl-rx] ${path} failed: ${name}: ${message}. Check \`baseUrl\`, the network and CORS`, { taskId });
}
