/**
 * A fetch that forwards to the global (msw-patched) fetch and keeps books: when each request
 * started and ended (virtual time under fake timers), how many are in flight, whether their
 * signals were aborted. "In flight" lasts until the body was read, cancelled or aborted.
 */
export function fetchProbe() {
  const calls: { method: string; url: string; startedAt: number; endedAt?: number; signal: AbortSignal | undefined }[] = [];
  let inFlight = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    // Read, never construct: building a Request from ky's would consume its body.
    const request = input instanceof Request ? input : undefined;
    const call: (typeof calls)[number] = {
      method: init?.method ?? request?.method ?? 'GET',
      url: request?.url ?? String(input),
      startedAt: Date.now(),
      signal: init?.signal ?? request?.signal ?? undefined,
    };
    calls.push(call);
    inFlight += 1;
    const end = () => {
      if (call.endedAt === undefined) {
        call.endedAt = Date.now();
        inFlight -= 1;
      }
    };
    try {
      const response = await globalThis.fetch(input, init);
      if (!response.body) {
        end();
        return response;
      }
      // Count the request as finished when its body is drained, cancelled or errors.
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              end();
              controller.close();
            } else controller.enqueue(value);
          } catch (error) {
            end();
            controller.error(error);
          }
        },
        cancel(reason) {
          end();
          return reader.cancel(reason);
        },
      });
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      end();
      throw error;
    }
  };
  return { fetch, calls, inFlight: () => inFlight, gets: () => calls.filter((c) => c.method === 'GET') };
}
