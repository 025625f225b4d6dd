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

/** The longest delay `setTimeout` keeps; beyond it timers fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Calls `onTimeout` after `ms` unless cleared; a delay past what timers hold means never. */
export function startTimer(ms: number, onTimeout: () => void): () => void {
  if (!(ms < MAX_TIMER_MS)) return () => {};
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; leaves no timer. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // Even a wait of 0 goes through a timer: it lets other timers (the deadline) run in between.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * `race(p)` settles like `p`, or rejects with the signal's reason once it aborts, even when `p`
 * never settles; the loser's rejection is swallowed. `dispose` removes the listener.
 */
export function untilAborted(signal: AbortSignal): { race: <T>(promise: Promise<T>) => Promise<T>; dispose: () => void } {
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  return {
    race: (promise) => {
      promise.catch(() => {});
      return Promise.race([promise, aborted]);
    },
    dispose: () => signal.removeEventListener('abort', onAbort),
  };
}
