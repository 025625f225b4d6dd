import { describe, expect, it, vi } from 'vitest';
import { answer, BASE, jpeg, poll, serve, submit, submitAsync, TOKEN, upload, UTOPIA, useMswServer } from './mock-server';
import { createHandl } from 'handl-rx';

useMswServer();

describe('mock.requests', () => {
  it('records the real upload: file name, type, size and SHA-256 of the bytes received', async () => {
    const mock = serve();
    const image = new Blob([UTOPIA.bytes], { type: 'image/jpeg' });
    await submit('/recognize', '', upload(image, 'passport-utopia-td3-specimen.jpg'));
    expect(mock.requests[0]?.file).toEqual({
      name: 'passport-utopia-td3-specimen.jpg',
      type: 'image/jpeg',
      size: UTOPIA.size,
      sha256: UTOPIA.sha256,
    });
  });

  it('records an empty sha256 where crypto.subtle is missing (insecure browser context)', async () => {
    const mock = serve();
    const subtle = vi.spyOn(globalThis.crypto, 'subtle', 'get').mockReturnValue(undefined as never);
    try {
      expect((await submit('/recognize')).status).toBe(200);
    } finally {
      subtle.mockRestore();
    }
    expect(mock.requests[0]?.file).toEqual({ name: 'scan.jpg', type: 'image/jpeg', size: 10, sha256: '' });
  });

  it('records method, path below the base, repeated query keys, verify_fields and the status', async () => {
    const mock = serve();
    const form = upload(jpeg(), 'scan.jpg', JSON.stringify({ surname: 'ТЕСТОВ' }));
    await submit('/recognize', '?doc_type=passport_main&doc_type=passport_registration&quality=75&with_hitl=false', form);
    expect(mock.requests).toEqual([
      {
        method: 'POST',
        path: '/recognize',
        query: { doc_type: ['passport_main', 'passport_registration'], quality: ['75'], with_hitl: ['false'] },
        headers: expect.objectContaining({ 'content-type': expect.stringMatching(/^multipart\/form-data; boundary=/) }),
        file: { name: 'scan.jpg', type: 'image/jpeg', size: 10, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        verifyFields: { surname: 'ТЕСТОВ' },
        status: 200,
      },
    ]);
  });

  it('never stores the license key: query value and Authorization header are redacted', async () => {
    const mock = serve({ token: TOKEN });
    await submit('/recognize', `?token=${encodeURIComponent(TOKEN)}&doc_type=passport_main`);
    await submit('/recognize', '', undefined, { headers: { Authorization: `Token ${TOKEN}`, 'X-Trace': 'abc' } });
    await poll('nope', '?token=wrong');
    expect(mock.requests.map((r) => [r.query, r.headers['authorization'], r.headers['x-trace'], r.status])).toEqual([
      [{ token: ['***'], doc_type: ['passport_main'] }, undefined, undefined, 200],
      [{}, 'Token ***', 'abc', 200],
      [{ token: ['***'] }, undefined, undefined, 403],
    ]);
    expect(JSON.stringify(mock.requests)).not.toContain(TOKEN);
    expect(JSON.stringify(mock.requests)).not.toContain('wrong');
  });

  it('records polls with their task id, including 404s, in arrival order', async () => {
    const mock = serve({ pendingPolls: 1 });
    const id = await submitAsync();
    await poll(id);
    await poll(id);
    await poll('a/b c');
    expect(mock.requests.map((r) => [r.method, r.path, r.taskId, r.status])).toEqual([
      ['POST', '/recognize', id, 200],
      ['GET', `/result/${id}`, id, 202],
      ['GET', `/result/${id}`, id, 200],
      ['GET', '/result/a%2Fb%20c', 'a/b c', 404],
    ]);
  });

  it('records refused and invalid requests too', async () => {
    const mock = serve();
    await submit('/recognize', '?quality=500');
    await submit('/classify', '', new FormData());
    expect(mock.requests.map((r) => [r.path, r.status, r.file?.size])).toEqual([
      ['/recognize', 422, 10],
      ['/classify', 422, undefined],
    ]);
  });
});

describe('mock.reset()', () => {
  it('forgets requests and tasks; a forgotten task is 404', async () => {
    const mock = serve();
    const id = await submitAsync();
    const { requests } = mock;
    mock.reset();
    expect(mock.requests).toEqual([]);
    expect(requests).toBe(mock.requests);
    expect(mock.tasks).toEqual([]);
    expect((await answer(poll(id))).status).toBe(404);
  });
});

describe('mock.requests tells an aborted request from an answered or open one', () => {
  it('marks the poll an app gave up on (unsubscribe), and only that one', async () => {
    const mock = serve({ pendingPolls: 5 });
    const handl = createHandl({ baseUrl: BASE, poll: { initialDelayMs: 1, intervalMs: 1 } });
    mock.use({ on: 'poll', nth: 2, fault: { type: 'hang' } });
    const subscription = handl.recognize$(jpeg()).subscribe();
    await vi.waitFor(() => expect(mock.requests).toHaveLength(3)); // submit, poll 1, hanging poll 2
    expect(mock.requests.map((r) => r.aborted)).toEqual([undefined, undefined, undefined]);
    subscription.unsubscribe();
    await vi.waitFor(() => expect(mock.requests[2]?.aborted).toBe(true));
    expect(mock.requests.map((r) => [r.method, r.status, r.aborted])).toEqual([
      ['POST', 200, undefined],
      ['GET', 202, undefined],
      ['GET', 0, true],
    ]);
  });
});
