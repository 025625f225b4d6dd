import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createHandl, type HandlOptions } from 'handl-rx';
import { createHandlMock } from 'handl-rx/msw';

export const BASE = 'https://handl.test/api';
export const TOKEN = 'tok-3f9a/secret+key';
/** Fast polling, no jitter: the schedule of every test is exact. */
export const FAST_POLL = { initialDelayMs: 100, intervalMs: 100, backoff: 2, maxIntervalMs: 1000, jitter: 0 } as const;

/** The specimen every upload test sends, with what its bytes must hash to on the server. */
export const UTOPIA = {
  bytes: new Uint8Array(readFileSync(new URL('../../fixtures/documents/passport-utopia-td3-specimen.jpg', import.meta.url))),
  size: 301_948,
  sha256: 'ff1392595fa9a5611131d4cab98a8414d6505268a31afdce1d7546bd7f4a8821',
};

export const jpeg = (): Blob => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])], { type: 'image/jpeg' });

const server = setupServer();

/** Starts msw for this file with `onUnhandledRequest: 'error'`; each test installs its own mock. */
export function useMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());
}

/** A fresh Handl mock served by msw, and a client pointed at it. */
export function setup(
  mockOptions: Parameters<typeof createHandlMock>[0] = {},
  clientOptions: HandlOptions = {},
) {
  const mock = createHandlMock({ baseUrl: BASE, token: TOKEN, ...mockOptions });
  server.use(...mock.handlers);
  const handl = createHandl({ baseUrl: BASE, token: TOKEN, poll: FAST_POLL, ...clientOptions });
  return { mock, handl };
}
