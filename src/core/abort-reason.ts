/** Why handl-rx aborted a request: the value it passes to `AbortController.abort()`. */
export type AbortKind = 'aborted' | 'deadline' | 'timeout' | 'unsubscribed';

/** Marks an abort as ours, so the one error mapper can tell a deadline from a user's abort. */
export class AbortReason {
  readonly kind: AbortKind;
  constructor(kind: AbortKind) {
    this.kind = kind;
  }
}

/** The {@link AbortReason} a signal was aborted with, if it was ours. */
export function abortReasonOf(signal: AbortSignal): AbortReason | undefined {
  return signal.aborted && signal.reason instanceof AbortReason ? signal.reason : undefined;
}

/**
 * A controller aborted when `parent` aborts (with the parent's reason), with a `dispose` that
 * removes the listener so nothing outlives the request.
 */
export function linkedController(parent: AbortSignal): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  return { controller, dispose: () => parent.removeEventListener('abort', onAbort) };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; leaves no timer. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve(); // `Retry-After: 0` means now, not after a timer tick
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
