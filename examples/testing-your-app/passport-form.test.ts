import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createHandl } from 'handl-rx';
import { createHandlMock, fixtures } from 'handl-rx/msw';
import { fillPassportForm } from './passport-form';

const mock = createHandlMock({ token: 'test-token' });
const server = setupServer(...mock.handlers);
const handl = createHandl({ token: 'test-token', poll: { initialDelayMs: 10, intervalMs: 10 } });
const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'passport.jpg', { type: 'image/jpeg' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

test('fills the form from a recognised passport', async () => {
  const form = await fillPassportForm(handl, photo);

  const surname = fixtures.passportMain.items[0]?.fields.surname?.text;
  expect(form.surname).toBe(surname);
  expect(form.toCheck).toContain('date_of_birth'); // the fixture's rejected field: text "", confidence 0
  expect(mock.requests[0]?.query.doc_type).toEqual(['passport_main']);
  expect(mock.requests[0]?.file).toMatchObject({ name: 'passport.jpg', type: 'image/jpeg' });
});

test('rides out a flaky proxy while polling', async () => {
  mock.use({ on: 'poll', nth: 1, fault: { type: 'html', status: 502 } });
  await expect(fillPassportForm(handl, photo)).resolves.toMatchObject({ surname: expect.any(String) });
});

test('tells the user when Handl rejects the license', async () => {
  const unlicensed = createHandl({ token: 'expired-token' });
  await expect(fillPassportForm(unlicensed, photo)).rejects.toMatchObject({ name: 'HandlError', kind: 'auth' });
});
