import { describe, expect, it } from 'vitest';
import { createHandl, type TaskState } from 'handl-rx';
import { collect } from '../support/collect';
import { BASE, TOKEN } from '../support/handl-server';

/** result$ against a server that answers every poll with this status and body. */
async function pollOnce(status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const fetch: typeof globalThis.fetch = async () => new Response(body, { status, headers });
  const handl = createHandl({ baseUrl: BASE, token: TOKEN, fetch, retry: { limit: 0 } });
  return collect(handl.result$('5f576f68aa'));
}
const last = (states: TaskState<unknown>[]) => states.at(-1);

describe('adversarial: hostile bodies on a poll', () => {
  it('a 200 carrying the task-failed envelope (errno 10, older servers answer errors with 200) is not reported as done', async () => {
    const body = { detail: [], items: [], task_id: null, code: 500, message: 'Async task failed', errno: 10, traceback: 'Traceback …', fake: null };
    const states = await pollOnce(200, JSON.stringify(body));
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'task_failed' } });
  });

  it('a 200 carrying the not-found envelope (errno 8) is not reported as done', async () => {
    const body = { code: 404, message: 'Async task not found', errno: 8, traceback: null };
    const states = await pollOnce(200, JSON.stringify(body));
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'not_found' } });
  });

  it('`items: null` (every envelope field is nullable per the API notes) is accepted as no items', async () => {
    const states = await pollOnce(200, JSON.stringify({ detail: [], items: null, task_id: 'x', code: null, message: null, errno: null }));
    expect(last(states)).toMatchObject({ status: 'done', result: { items: [] } });
  });

  it.each([['[]'], ['[1,2]']])('a 200 whose JSON is an array (%s) is a validation error, not a done result', async (body) => {
    // valibot's looseObject accepts arrays: `[1,2]` becomes { 0: 1, 1: 2, items: [] }.
    const states = await pollOnce(200, body);
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'validation' } });
  });

  // Held up (kept as regression guards): primitive JSON bodies and a BOM.
  it.each([['null'], ['"done"'], ['42']])('holds: a 200 with JSON %s is a validation error', async (body) => {
    const states = await pollOnce(200, body);
    expect(last(states)).toMatchObject({ status: 'error', error: { kind: 'validation' } });
  });

  it('holds: a 200 whose JSON starts with a UTF-8 BOM is parsed', async () => {
    const states = await pollOnce(200, '\uFEFF{"items":[]}');
    expect(last(states)).toMatchObject({ status: 'done' });
  });
});
