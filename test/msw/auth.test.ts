import { describe, expect, it } from 'vitest';
import { fixtures } from 'handl-rx/msw';
import { answer, poll, serve, submit, submitAsync, TOKEN, useMswServer } from './mock-server';

useMswServer();

const query = `?token=${encodeURIComponent(TOKEN)}`;
const forbidden = { status: 403, body: fixtures.license403 };

describe('license key', () => {
  it('accepts the key as the `token` query parameter', async () => {
    serve({ token: TOKEN });
    expect((await submit('/recognize', query)).status).toBe(200);
  });

  it('accepts the key as an `Authorization: Token` header', async () => {
    serve({ token: TOKEN });
    expect((await submit('/recognize', '', undefined, { headers: { Authorization: `Token ${TOKEN}` } })).status).toBe(200);
  });

  it('answers 403 with the license body when the key is missing or wrong, on every endpoint', async () => {
    const mock = serve({ token: TOKEN, pendingPolls: 0 });
    const id = await submitAsync(`&token=${encodeURIComponent(TOKEN)}`);
    expect(await answer(submit('/recognize'))).toEqual(forbidden);
    expect(await answer(submit('/classify', '?token=wrong'))).toEqual(forbidden);
    expect(await answer(submit('/recognize', '', undefined, { headers: { Authorization: 'Token wrong' } }))).toEqual(forbidden);
    expect(await answer(submit('/recognize', '', undefined, { headers: { Authorization: `Bearer ${TOKEN}` } }))).toEqual(forbidden);
    expect(await answer(poll(id))).toEqual(forbidden);
    expect(await answer(poll(id, '?token=wrong'))).toEqual(forbidden);
    // A refused poll never reached the task.
    expect(mock.tasks[0]?.polls).toBe(0);
    expect((await poll(id, query)).status).toBe(200);
  });

  it('checks the key before validating the request', async () => {
    serve({ token: TOKEN });
    expect(await answer(submit('/recognize', '?quality=500', new FormData()))).toEqual(forbidden);
  });

  it('accepts any request when no token is set (on-premise)', async () => {
    serve();
    expect((await submit('/recognize', '?token=anything')).status).toBe(200);
  });
});
