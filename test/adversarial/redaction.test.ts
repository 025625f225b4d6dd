import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createHandl, isHandlError, type HandlError, type TaskState } from 'handl-rx';
import { collect } from '../support/collect';
import { BASE, jpeg, setup, TOKEN, useMswServer } from '../support/handl-server';

useMswServer();

const ENCODED = encodeURIComponent(TOKEN); // tok-3f9a%2Fsecret%2Bkey
/** Everything a user could print from an error: own fields, message, stack, String(). */
function visible(error: HandlError): string {
  return JSON.stringify({ ...error, message: error.message, stack: error.stack, text: String(error) });
}
const lastError = (states: TaskState<unknown>[]): HandlError => {
  const last = states.at(-1);
  if (last?.status !== 'error') throw new Error(`expected an error state, got ${JSON.stringify(last)}`);
  return last.error;
};
/** The token must not show, not even its first half. */
function expectNoTokenPart(text: string) {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(ENCODED);
  expect(text).not.toContain('secret');
  expect(text.toLowerCase()).not.toContain(ENCODED.toLowerCase());
}

describe('adversarial: token redaction', () => {
  it('a schema failure on a value that echoes the token does not leak it through valibot\'s "received …" message', async () => {
    // A field's confidence carries the token (a proxy that templated the request into the result).
    const body = { items: [{ doc_type: 'passport_main', fields: { x: { text: 'a', confidence: TOKEN } } }] };
    const { handl } = setup({ pendingPolls: 0, results: { passport_main: body as never } });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    expect(error.kind).toBe('validation');
    expectNoTokenPart(visible(error));
  });

  it('a non-JSON 200 whose first 40 characters cut the token in half does not leak its prefix', async () => {
    const { mock, handl } = setup({ pendingPolls: 0 });
    // 32 characters before the token: the 40-character preview ends inside it.
    const body = `${'x'.repeat(25)}?token=${TOKEN} not json`;
    mock.use({ on: 'poll', fault: { type: 'status', status: 200, body } });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    expect(error.kind).toBe('validation');
    expect(visible(error)).not.toContain('tok-3f9a'); // the token's first 8 characters
  });

  it('a long error page quoting the token across the 2 kB body cut does not leak its prefix', async () => {
    const { mock, handl } = setup({}, { retry: { limit: 0 } });
    const body = `${'x'.repeat(2040)}${TOKEN}`; // the token starts 8 characters before the cut
    mock.use({ on: 'submit', fault: { type: 'status', status: 400, body } });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    expect(error.kind).toBe('bad_request');
    expect(visible(error)).not.toContain('tok-3f9a');
  });

  it('a server echoing the URL with lowercase percent-encoding (%2f, %2b) is redacted too', async () => {
    const { mock, handl } = setup({}, { retry: { limit: 0 } });
    const lower = ENCODED.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()); // tok-3f9a%2fsecret%2bkey
    mock.use({ on: 'submit', fault: { type: 'status', status: 400, body: { message: `bad request /recognize?token=${lower}` } } });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    expectNoTokenPart(visible(error));
  });

  it('a transport error quoting the URL with lowercase hex is redacted (custom fetch)', async () => {
    const fetch: typeof globalThis.fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      throw new TypeError(`connect failed: ${url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`);
    };
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    expect(error.kind).toBe('network');
    expectNoTokenPart(visible(error));
  });

  // Regression guards that held (not covered elsewhere): JSON form of an error, and a cross-realm error.
  it('holds: JSON.stringify(error) shows kind and status, and no token', async () => {
    const { mock, handl } = setup({}, { retry: { limit: 0 } });
    mock.use({ on: 'submit', fault: { type: 'status', status: 403, body: { message: `license ${TOKEN} is not valid` } } });
    const error = lastError(await collect(handl.recognize$(jpeg())));
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'auth', status: 403, name: 'HandlError' });
    expectNoTokenPart(JSON.stringify(error));
  });

  it('holds: isHandlError recognises a HandlError built in another realm', () => {
    const foreign: unknown = vm.runInNewContext(
      `(() => { class HandlError extends Error { constructor(m) { super(m); this.name = 'HandlError'; this.kind = 'auth'; this.retryable = false; } } return new HandlError('x'); })()`,
    );
    expect(foreign instanceof Error).toBe(false);
    expect(isHandlError(foreign)).toBe(true);
  });
});
