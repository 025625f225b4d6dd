// handl-rx/msw in the browser: msw's service worker (from `msw init`, see ./global-setup.ts)
// intercepts the SDK's real fetch calls to the default Handl host, and the mock's handlers
// answer from the page — no network, no server.
import { createHandl } from 'handl-rx';
import { createHandlMock } from 'handl-rx/msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { SPECIMEN, fetchSpecimen } from '../runtimes/scenarios';

const mock = createHandlMock({ token: 'browser-token', pendingPolls: 2 });
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await worker.start({
    quiet: true,
    // vitest's own module requests pass through; anything for Handl must be handled.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname === 'latest.handl.io') print.error();
    },
  });
});
afterAll(() => worker.stop());

test('recognize$ goes through the msw service worker to the mock Handl', async () => {
  expect(navigator.serviceWorker.controller?.scriptURL).toMatch(/\/mockServiceWorker\.js$/);
  const file = new File([await fetchSpecimen(inject('handlUrl'))], SPECIMEN.name, { type: 'image/jpeg' });
  const handl = createHandl({ token: 'browser-token', poll: { initialDelayMs: 10, intervalMs: 10, jitter: 0 } });

  const states = await new Promise<{ status: string }[]>((resolve) => {
    const seen: { status: string }[] = [];
    handl.recognize$(file, { docType: 'passport_main' }).subscribe({ next: (s) => seen.push(s), complete: () => resolve(seen) });
  });

  expect(states.map((s) => s.status)).toEqual(['submitted', 'pending', 'pending', 'done']);
  expect(mock.requests.map((r) => [r.method, r.path, r.status])).toEqual([
    ['POST', '/recognize', 200],
    ['GET', `/result/${mock.tasks[0]?.id}`, 202],
    ['GET', `/result/${mock.tasks[0]?.id}`, 202],
    ['GET', `/result/${mock.tasks[0]?.id}`, 200],
  ]);
  expect(mock.requests[0]?.file).toEqual({ name: SPECIMEN.name, type: 'image/jpeg', size: SPECIMEN.size, sha256: SPECIMEN.sha256 });
});
