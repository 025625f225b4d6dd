import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { createHandlMock, type HandlMockOptions } from 'handl-rx/msw';

/** A base URL with a path and a trailing slash, as a proxy would have. */
export const BASE = 'https://handl.test/proxy/handl/';
export const API = 'https://handl.test/proxy/handl';
export const TOKEN = 'tok-3f9a/secret+key';

export const UTOPIA = {
  bytes: new Uint8Array(readFileSync(new URL('../../fixtures/documents/passport-utopia-td3-specimen.jpg', import.meta.url))),
  size: 301_948,
  sha256: 'ff1392595fa9a5611131d4cab98a8414d6505268a31afdce1d7546bd7f4a8821',
};

const server = setupServer();

/** Runs msw for this file with `onUnhandledRequest: 'error'`; each test installs its own mock. */
export function useMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
  });
  afterAll(() => server.close());
}

/** A fresh mock at {@link BASE}, served by msw. */
export function serve(options: HandlMockOptions = {}) {
  const mock = createHandlMock({ baseUrl: BASE, ...options });
  server.use(...mock.handlers);
  return mock;
}

/** A multipart body with an `image` part (a tiny JPEG unless given) and optional `verify_fields`. */
export function upload(image: Blob = jpeg(), name = 'scan.jpg', verifyFields?: string): FormData {
  const form = new FormData();
  form.append('image', image, name);
  if (verifyFields !== undefined) form.append('verify_fields', new Blob([verifyFields], { type: 'application/json' }), 'verify_fields.json');
  return form;
}

export const jpeg = (): Blob => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])], { type: 'image/jpeg' });

/** POSTs a submit to the mock; `query` is appended as is. */
export function submit(path: '/recognize' | '/classify', query = '', body: BodyInit = upload(), init: RequestInit = {}) {
  return fetch(`${API}${path}${query}`, { method: 'POST', body, ...init });
}

/** GETs `/result/{id}`; `query` is appended as is. */
export function poll(taskId: string, query = '', init: RequestInit = {}) {
  return fetch(`${API}/result/${encodeURIComponent(taskId)}${query}`, init);
}

/** Status and parsed JSON body of a response. */
export async function answer(response: Response | Promise<Response>): Promise<{ status: number; body: unknown }> {
  const res = await response;
  return { status: res.status, body: await res.json() };
}

/** Submits an async recognize and returns the new task id. */
export async function submitAsync(query = ''): Promise<string> {
  const { body } = await answer(submit('/recognize', `?async=true${query}`));
  return (body as { task_id: string }).task_id;
}
