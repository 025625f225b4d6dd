/**
 * Resolves when `signal` aborts (at once if it already has); holds no timer, so a request
 * that hangs on it costs nothing once the client gives up.
 * @example await waitForAbort(request.signal); return HttpResponse.error();
 */
export function waitForAbort(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
