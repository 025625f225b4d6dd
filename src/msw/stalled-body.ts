/**
 * A response body that sends `prefix` and then nothing more, until `signal` aborts: then it
 * errors with the abort reason, so neither the stream nor its listener outlives the request.
 * If the reader cancels first, the listener is removed.
 * @example new HttpResponse(stalledBody(request.signal, '{"items":['), { status: 200 });
 */
export function stalledBody(signal: AbortSignal, prefix: string): ReadableStream<Uint8Array> {
  let onAbort: (() => void) | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
      onAbort = () => controller.error(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    },
    cancel() {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
    },
  });
}
