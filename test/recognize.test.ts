import { describe, expect, it } from 'vitest';
import { BASE, jpeg, setup, TOKEN, UTOPIA, useMswServer } from './support/handl-server';
import { collect } from './support/collect';

useMswServer();

describe('recognize$', () => {
  it('uploads a real specimen and the server sees its exact bytes', async () => {
    const { mock, handl } = setup();
    const file = new File([UTOPIA.bytes], 'passport-utopia-td3-specimen.jpg', { type: 'image/jpeg' });
    const states = await collect(handl.recognize$(file, { docType: 'passport_main' }));

    const submit = mock.requests.find((r) => r.method === 'POST');
    expect(submit?.path).toBe('/recognize');
    expect(submit?.file).toEqual({ name: 'passport-utopia-td3-specimen.jpg', type: 'image/jpeg', size: UTOPIA.size, sha256: UTOPIA.sha256 });
    expect(states.map((s) => s.status)).toEqual(['submitted', 'pending', 'pending', 'done']);
    const done = states.at(-1);
    if (done?.status !== 'done') throw new Error('not done');
    expect(done.taskId).toBe(states[0]?.taskId);
    expect(done.result.items[0]?.doc_type).toBe('passport_main');
    expect(done.result.items[0]?.fields.surname).toMatchObject({ text: expect.any(String), confidence: expect.any(Number) });
  });

  it('emits submitted, pending with attempt, elapsed time and next wait, then done and completes', async () => {
    const { handl } = setup({ pendingPolls: 3 });
    const states = await collect(handl.recognize$(jpeg()));
    const taskId = states[0]?.taskId;
    expect(taskId).toMatch(/^[0-9a-f]{24}$/);
    expect(states.slice(0, 4)).toEqual([
      { status: 'submitted', taskId },
      { status: 'pending', taskId, attempt: 1, elapsedMs: expect.any(Number), nextPollMs: 100 },
      { status: 'pending', taskId, attempt: 2, elapsedMs: expect.any(Number), nextPollMs: 200 },
      { status: 'pending', taskId, attempt: 3, elapsedMs: expect.any(Number), nextPollMs: 400 },
    ]);
    const elapsed = states.slice(1, 4).map((s) => (s.status === 'pending' ? s.elapsedMs : -1));
    expect(elapsed[0]).toBeGreaterThanOrEqual(100);
    expect(elapsed[1]).toBeGreaterThan(elapsed[0] ?? 0);
    expect(states[4]).toMatchObject({ status: 'done', taskId });
    expect(states).toHaveLength(5);
  });

  it('in sync mode emits only done, straight from the POST', async () => {
    const { mock, handl } = setup();
    const states = await collect(handl.recognize$(jpeg(), { async: false }));
    expect(states.map((s) => s.status)).toEqual(['done']);
    expect(mock.requests.map((r) => [r.method, r.path])).toEqual([['POST', '/recognize']]);
    expect(mock.requests[0]?.query.async).toEqual(['false']);
  });

  it('maps camelCase options to snake_case query parameters, repeating array keys', async () => {
    const { mock, handl } = setup();
    await collect(
      handl.recognize$(jpeg(), {
        docType: ['passport_main', 'passport_registration'],
        quality: 75,
        dpi: 300,
        pdfRawImages: true,
        autoPdfRawImages: false,
        mode: 'default',
        withHitl: false,
        hitlAsync: true,
        hitlRequiredFields: ['surname', 'first_name'],
        hitlSla: 'night',
        checkFake: true,
        returnCrops: false,
        priority: 2,
        params: { use_internal_api: true, gauss: [1, 2], skipped: undefined },
      }),
    );
    expect(mock.requests[0]?.query).toEqual({
      doc_type: ['passport_main', 'passport_registration'],
      quality: ['75'],
      dpi: ['300'],
      pdf_raw_images: ['true'],
      auto_pdf_raw_images: ['false'],
      mode: ['default'],
      with_hitl: ['false'],
      hitl_async: ['true'],
      hitl_required_fields: ['surname', 'first_name'],
      hitl_sla: ['night'],
      check_fake: ['true'],
      return_crops: ['false'],
      priority: ['2'],
      async: ['true'],
      use_internal_api: ['true'],
      gauss: ['1', '2'],
      token: ['***'],
    });
  });

  it('sends only what the caller set, plus async=true and the token', async () => {
    const { mock, handl } = setup();
    await collect(handl.recognize$(jpeg()));
    expect(mock.requests[0]?.query).toEqual({ async: ['true'], token: ['***'] });
    expect(mock.requests[1]?.query).toEqual({ token: ['***'] });
  });

  it('sends verify_fields as a JSON part and delivers each field verdict', async () => {
    const { mock, handl } = setup();
    const result = await handl.recognize(jpeg(), { verifyFields: { surname: 'ТЕСТОВ', first_name: 'НЕ ТО' } });
    expect(mock.requests[0]?.status).toBe(200); // the mock refuses a plain text field, as Handl would
    expect(mock.requests[0]?.verifyFields).toEqual({ surname: 'ТЕСТОВ', first_name: 'НЕ ТО' });
    const fields = result.items[0]?.fields;
    expect([fields?.surname?.valid, fields?.first_name?.valid, fields?.date_of_birth?.valid]).toEqual([true, false, null]);
  });

  it('works with a base URL with or without a trailing slash', async () => {
    for (const baseUrl of [BASE, `${BASE}/`]) {
      const { mock, handl } = setup({}, { baseUrl });
      await handl.recognize(jpeg());
      expect(mock.requests.map((r) => r.path)).toEqual(['/recognize', expect.stringMatching(/^\/result\//), expect.any(String), expect.any(String)]);
    }
  });

  it('sends the token as an Authorization header in header mode, and not in the URL', async () => {
    const { mock, handl } = setup({}, { auth: 'header', headers: { 'x-app': 'demo' } });
    await handl.recognize(jpeg());
    for (const request of mock.requests) {
      expect(request.query.token).toBeUndefined();
      expect(request.headers.authorization).toBe('Token ***');
      expect(request.headers['x-app']).toBe('demo');
      expect(request.headers.accept).toBe('application/json');
    }
  });

  it('sends no token at all when none is configured (a proxy adds it)', async () => {
    const { mock, handl } = setup({ token: undefined }, { token: undefined });
    await handl.recognize(jpeg());
    expect(mock.requests[0]?.query.token).toBeUndefined();
    expect(mock.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('delivers an item error inside a done result as data', async () => {
    const body = { items: [{ doc_type: 'passport_main', fields: {}, color: true, error: 'Document is not recognized' }] };
    const { handl } = setup({ results: { passport_main: body } });
    const result = await handl.recognize(jpeg());
    expect(result.items).toEqual([{ doc_type: 'passport_main', fields: {}, color: true, error: 'Document is not recognized' }]);
  });

  it('starts a fresh task for each subscription of the same observable', async () => {
    const { mock, handl } = setup({ pendingPolls: 0 });
    const states$ = handl.recognize$(jpeg());
    const first = await collect(states$);
    const second = await collect(states$);
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(first[0]?.taskId).not.toBe(second[0]?.taskId);
  });

});

describe('classify$', () => {
  it('posts to /classify with its own options and validates the classify result', async () => {
    const { mock, handl } = setup();
    const states = await collect(handl.classify$(jpeg(), { docType: 'passport_main', minShape: 300, maxBlurScore: 1.5, returnCrops: false }));
    expect(mock.requests[0]?.path).toBe('/classify');
    expect(mock.requests[0]?.query).toMatchObject({ doc_type: ['passport_main'], min_shape: ['300'], max_blur_score: ['1.5'], return_crops: ['false'] });
    const done = states.at(-1);
    if (done?.status !== 'done') throw new Error(`not done: ${JSON.stringify(done)}`);
    expect(done.result.items[0]?.document.type).toEqual(expect.any(String));
  });
});
