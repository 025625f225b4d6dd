import { describe, expect, it, vi } from 'vitest';
import { createHandl, type HandlError, type TaskState } from 'handl-rx';
import { collect, record } from './support/collect';
import { BASE, jpeg, setup, TOKEN, useMswServer } from './support/handl-server';

useMswServer();

const ENCODED = encodeURIComponent(TOKEN);

/** Everything a user could print: states, messages, stacks, every own field of the error. */
function everythingVisible(states: TaskState<unknown>[]): string {
  return states
    .map((s) => {
      const error = s.status === 'error' ? s.error : undefined;
      return JSON.stringify({ s, error: error && { ...error, message: error.message, stack: error.stack, text: String(error) } });
    })
    .join('\n');
}

function expectNoToken(text: string) {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(ENCODED);
  expect(text).not.toContain('secret');
}

describe('the license token never leaks', () => {
  it('not from a server that echoes it in its error body and message', async () => {
    vi.useFakeTimers();
    const { mock, handl } = setup({ pendingPolls: 0 }, { retry: { limit: 0 } });
    mock.use({
      on: 'poll',
      fault: {
        type: 'status',
        status: 500,
        body: { message: `upstream failed for /result?token=${ENCODED}`, detail: [{ msg: `bad key ${TOKEN}` }], errno: 100 },
      },
    });
    const states = await record(handl.recognize$(jpeg())).settle();
    expect(states.at(-1)?.status).toBe('error');
    const text = everythingVisible(states);
    expect(text).toContain('***');
    expectNoToken(text);
  });

  it('not from an HTML error page that quotes the URL', async () => {
    const { mock, handl } = setup({}, { retry: { limit: 0 } });
    mock.use({ on: 'submit', fault: { type: 'status', status: 400, body: `<p>Bad request: ${BASE}/recognize?token=${ENCODED}</p>` } });
    const states = await collect(handl.recognize$(jpeg()));
    expectNoToken(everythingVisible(states));
  });

  it('not from a transport error whose message carries the URL', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      throw new TypeError(`request to ${String(input instanceof Request ? input.url : input)} failed`);
    });
    const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch });
    const states = await collect(handl.recognize$(jpeg()));
    expect(fetch).toHaveBeenCalledOnce();
    const error = (states[0] as { error: HandlError }).error;
    expect(error.kind).toBe('network');
    expect(error.message).toContain('failed');
    expectNoToken(everythingVisible(states));
  });

  it('not from a schema failure whose body echoes it', async () => {
    const body = { items: [{ doc_type: TOKEN, fields: { x: { text: TOKEN, confidence: 'no' } } }] };
    const { handl } = setup({ pendingPolls: 0, results: { passport_main: body as never } });
    const states = await collect(handl.recognize$(jpeg()));
    expect(states.at(-1)?.status).toBe('error');
    expectNoToken(everythingVisible(states));
  });
});
