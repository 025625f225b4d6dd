import { createHandlMock, fixtures, type ClassifyBody, type HandlMock, type MockRequest, type RecognizeBody } from 'handl-rx/msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { ANNOTATED } from './annotations';
import type { Behaviour, Mode } from './behaviours';
import { publicUrl } from './samples';

/**
 * The demo's embedded Handl: `handl-rx/msw` handlers served by msw's service worker. The
 * worker intercepts the SDK's requests to https://latest.handl.io before they leave the page,
 * so the app code is exactly what would run against the real service.
 */
let worker: SetupWorker | undefined;
let running = false;
let current: HandlMock | undefined;

export async function startMockWorker(): Promise<void> {
  if (running) return;
  worker ??= setupWorker();
  await worker.start({
    // Relative to the app, so the worker's scope is the app's folder in dev and in a built
    // site served from any sub-path.
    serviceWorker: { url: publicUrl('mockServiceWorker.js') },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  running = true;
}

export function stopMockWorker(): void {
  if (!running) return;
  worker?.stop();
  running = false;
}

/** A fresh mock for one run, behaving as asked; the previous one is dropped. */
export function armMock(behaviour: Behaviour, mode: Mode): HandlMock {
  if (!worker || !running) throw new Error('[demo] the mock worker is not running');
  current = createHandlMock({ ...behaviour.mock(mode), results: recognizeSources(), classify: classifyAnswer });
  worker.resetHandlers(...current.handlers);
  return current;
}

/** What the current mock has seen (for the UI and the e2e test). */
export function mockRequests(): readonly MockRequest[] {
  return current?.requests ?? [];
}

const BUILT_IN: Record<string, () => RecognizeBody> = {
  passport_main: () => fixtures.passportMain,
  passport_registration: () => fixtures.passportRegistration,
  driver_license_2011_front: () => fixtures.driverLicense2011Front,
};

const EMPTY: RecognizeBody = { ...fixtures.notDocument, pages_count: 1, docs_count: 0 };

/**
 * One recognize source per doc_type, as the mock asks for them. A bundled sample (found by the
 * SHA-256 of the upload) answers with its annotated body: in full when no doc_type was asked
 * for (the mock then consults `passport_main`), only under its own type otherwise; so the
 * driver licence sent as `passport_main` finds nothing, as on the real service. Any other file
 * gets the mock's built-in fixture for the type.
 */
function recognizeSources(): Record<string, (request: MockRequest) => RecognizeBody> {
  const types = new Set([...Object.keys(BUILT_IN), ...[...ANNOTATED.values()].flatMap((a) => (a.docType ? [a.docType] : []))]);
  return Object.fromEntries(
    [...types].map((type) => [
      type,
      (request: MockRequest): RecognizeBody => {
        const sample = request.file && ANNOTATED.get(request.file.sha256);
        if (!sample) return BUILT_IN[type]?.() ?? structuredClone(EMPTY);
        const askedFor = request.query['doc_type'];
        if (askedFor === undefined) return structuredClone(sample.recognize);
        return sample.docType === type ? structuredClone(sample.recognize) : structuredClone(EMPTY);
      },
    ]),
  );
}

function classifyAnswer(request: MockRequest): ClassifyBody {
  const sample = request.file && ANNOTATED.get(request.file.sha256);
  const body = sample ? structuredClone(sample.classify) : fixtures.classify;
  const wanted = request.query['doc_type'] ?? [];
  const items = body.items.filter((item) => wanted.length === 0 || wanted.includes(item.document.type));
  return { ...body, items, docs_count: items.length };
}
