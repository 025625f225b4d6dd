import { describe, expect, it, vi } from 'vitest';
import { fixtures } from 'handl-rx/msw';
import { answer, API, jpeg, poll, serve, submit, submitAsync, upload, useMswServer } from './mock-server';

useMswServer();

const sync = (body: object) => ({ ...body, task_id: null });

describe('POST /recognize', () => {
  it('answers a sync call at once with the passport_main result', async () => {
    serve();
    expect(await answer(submit('/recognize'))).toEqual({ status: 200, body: fixtures.passportMain });
  });

  it('answers one envelope with an item per requested doc_type that has a body', async () => {
    serve();
    const { status, body } = await answer(
      submit('/recognize', '?doc_type=passport_main&doc_type=driver_license_2011_front&doc_type=snils_front&doc_type=passport_main'),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      ...fixtures.passportMain,
      items: [...fixtures.passportMain.items, ...fixtures.driverLicense2011Front.items],
      pages_count: 1,
      docs_count: 2,
    });
  });

  it('answers no items when no requested doc_type has a body', async () => {
    serve();
    expect(await answer(submit('/recognize', '?doc_type=snils_front'))).toEqual({ status: 200, body: fixtures.notDocument });
  });

  it('serves `results` given as a body, filling the envelope', async () => {
    serve({ results: { passport_main: fixtures.notDocument, snils_front: { items: [{ doc_type: 'snils_front', fields: {} }] } } });
    expect(await answer(submit('/recognize'))).toEqual({ status: 200, body: fixtures.notDocument });
    expect(await answer(submit('/recognize', '?doc_type=snils_front'))).toEqual({
      status: 200,
      body: { detail: [], items: [{ doc_type: 'snils_front', fields: {} }], task_id: null, code: null, message: null, errno: null, traceback: null, fake: null },
    });
  });

  it('serves `results` given as a function of the recorded request', async () => {
    const seen: unknown[] = [];
    serve({
      results: {
        passport_main: async (request) => {
          seen.push({ query: request.query, file: request.file?.name });
          return request.file?.name === 'cat.jpg' ? fixtures.notDocument : fixtures.passportMain;
        },
      },
    });
    expect((await answer(submit('/recognize', '', upload(jpeg(), 'cat.jpg')))).body).toEqual(fixtures.notDocument);
    expect((await answer(submit('/recognize', '?doc_type=passport_main'))).body).toEqual(fixtures.passportMain);
    expect(seen).toEqual([
      { query: {}, file: 'cat.jpg' },
      { query: { doc_type: ['passport_main'] }, file: 'scan.jpg' },
    ]);
  });

  it('reconciles fields named in verify_fields, ignoring case and spacing', async () => {
    serve();
    const form = upload(jpeg(), 'scan.jpg', JSON.stringify({ surname: 'тестов', first_name: 'ИВАН', series_and_number: '00 00  000000' }));
    const { body } = await answer(submit('/recognize', '', form));
    const fields = (body as typeof fixtures.passportMain).items[0]?.fields;
    expect([fields?.['surname']?.valid, fields?.['first_name']?.valid, fields?.['series_and_number']?.valid, fields?.['sex']?.valid]).toEqual([
      true,
      false,
      true,
      null,
    ]);
  });
});

describe('POST /classify', () => {
  it('answers the classify fixture', async () => {
    serve();
    expect(await answer(submit('/classify'))).toEqual({ status: 200, body: fixtures.classify });
  });

  it('restricts the built-in answer to the requested doc_types and drops crops on return_crops=false', async () => {
    serve();
    const { body } = await answer(submit('/classify', '?doc_type=not_document&return_crops=false'));
    const { crop: _crop, ...notDocument } = fixtures.classify.items[2] ?? { document: { type: '', rotation: 0 } };
    expect(body).toEqual({ ...fixtures.classify, items: [notDocument], docs_count: 1 });
  });

  it('serves the `classify` option as given', async () => {
    serve({ classify: () => fixtures.classifyNotDocument });
    expect(await answer(submit('/classify', '?doc_type=passport_main'))).toEqual({ status: 200, body: fixtures.classifyNotDocument });
  });
});

describe('async tasks', () => {
  it('acknowledges async=true with a fresh 24-hex task id', async () => {
    const mock = serve();
    const first = await answer(submit('/recognize', '?async=true'));
    const second = await answer(submit('/classify', '?async=1'));
    expect(first).toEqual({ status: 200, body: { ...fixtures.asyncSubmit, task_id: expect.stringMatching(/^[0-9a-f]{24}$/) } });
    expect(second.body).toMatchObject({ items: [], task_id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(mock.tasks.map((task) => [task.service, task.state, task.polls])).toEqual([
      ['recognize', 'pending', 0],
      ['classify', 'pending', 0],
    ]);
    expect(mock.tasks[0]?.id).not.toBe(mock.tasks[1]?.id);
  });

  it('answers 202 errno 9 for pendingPolls polls (default 2), then 200 with the result', async () => {
    const mock = serve();
    const id = await submitAsync('&doc_type=passport_registration');
    const notDone = { status: 202, body: { ...fixtures.notDone, task_id: id } };
    expect(await answer(poll(id))).toEqual(notDone);
    expect(await answer(poll(id))).toEqual(notDone);
    expect(await answer(poll(id))).toEqual({ status: 200, body: { ...fixtures.passportRegistration, task_id: id } });
    expect(await answer(poll(id))).toEqual({ status: 200, body: { ...fixtures.passportRegistration, task_id: id } });
    expect(mock.tasks).toEqual([expect.objectContaining({ id, service: 'recognize', state: 'done', polls: 4, outcome: 'normal' })]);
  });

  it('is done at the first poll with pendingPolls: 0', async () => {
    serve({ pendingPolls: 0 });
    const id = await submitAsync();
    expect(await answer(poll(id))).toEqual({ status: 200, body: { ...fixtures.passportMain, task_id: id } });
  });

  it('finishes a classify task with the classify result', async () => {
    serve({ pendingPolls: 1 });
    const { body } = await answer(submit('/classify', '?async=true'));
    const id = (body as { task_id: string }).task_id;
    expect((await poll(id)).status).toBe(202);
    expect(await answer(poll(id))).toEqual({ status: 200, body: { ...fixtures.classify, task_id: id } });
  });

  it('with processingMs, is done once that much Date.now() time has passed, however often polled', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const mock = serve({ processingMs: 5000 });
    const id = await submitAsync();
    for (let i = 0; i < 5; i += 1) expect((await poll(id)).status).toBe(202);
    vi.setSystemTime(new Date('2026-01-01T00:00:04.999Z'));
    expect((await poll(id)).status).toBe(202);
    vi.setSystemTime(new Date('2026-01-01T00:00:05Z'));
    expect((await poll(id)).status).toBe(200);
    expect(mock.tasks[0]).toMatchObject({ polls: 7, state: 'done', submittedAt: Date.parse('2026-01-01T00:00:00Z') });
  });

  it('answers 404 errno 8 for an unknown task id', async () => {
    serve();
    expect(await answer(poll('0123456789abcdef01234567'))).toEqual({ status: 404, body: fixtures.notFound });
    expect(await answer(poll('a/b c?d#e'))).toEqual({ status: 404, body: fixtures.notFound });
  });
});

describe('base URL', () => {
  it('defaults to https://latest.handl.io', async () => {
    const mock = serve({ baseUrl: undefined });
    const res = await fetch('https://latest.handl.io/recognize?doc_type=passport_main', { method: 'POST', body: upload() });
    expect(res.status).toBe(200);
    expect(mock.requests.map((r) => r.path)).toEqual(['/recognize']);
  });

  it('takes a base URL with a path, with or without a trailing slash', async () => {
    for (const baseUrl of ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1/']) {
      const mock = serve({ baseUrl, pendingPolls: 0 });
      const submitted = await fetch('http://127.0.0.1:8080/v1/recognize?async=true', { method: 'POST', body: upload() });
      const { task_id: id } = (await submitted.json()) as { task_id: string };
      expect((await fetch(`http://127.0.0.1:8080/v1/result/${id}`)).status).toBe(200);
      expect(mock.requests.map((r) => r.path)).toEqual(['/recognize', `/result/${id}`]);
    }
  });

  it('answers 405 for a known path with another method', async () => {
    const mock = serve();
    const res = await fetch(`${API}/recognize`);
    expect({ status: res.status, allow: res.headers.get('allow'), body: await res.json() }).toEqual({
      status: 405,
      allow: 'POST',
      body: { detail: 'Method Not Allowed' },
    });
    expect(mock.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', '/recognize', 405]]);
  });
});
