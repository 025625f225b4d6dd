import { describe, expectTypeOf, it } from 'vitest';
import type { HttpHandler } from 'msw';
import {
  createHandlMock,
  fixtures,
  type FaultRule,
  type HandlMockOptions,
  type MockFault,
  type MockRequest,
  type MockTask,
  type RecognizeBody,
} from 'handl-rx/msw';

// Compile-time checks (tsc --noEmit); at run time these only construct values.
describe('types of handl-rx/msw', () => {
  it('exposes handlers, requests, tasks, use and reset', () => {
    const mock = createHandlMock();
    expectTypeOf(mock.handlers).toEqualTypeOf<HttpHandler[]>();
    expectTypeOf(mock.requests).toEqualTypeOf<readonly MockRequest[]>();
    expectTypeOf(mock.tasks).toEqualTypeOf<readonly MockTask[]>();
    expectTypeOf(mock.use).parameters.toEqualTypeOf<FaultRule[]>();
    expectTypeOf(fixtures.passportMain).toEqualTypeOf<RecognizeBody>();
  });

  it('rejects unknown options and fault types', () => {
    // @ts-expect-error -- unknown option key
    const unknownKey: HandlMockOptions = { pendingPoll: 1 };
    // @ts-expect-error -- unknown fault type
    const unknownFault: MockFault = { type: 'teapot' };
    // @ts-expect-error -- `delay` needs its `ms`
    const delayWithoutMs: MockFault = { type: 'delay' };
    const byFunction: HandlMockOptions = { results: { passport_main: async (request) => (request.file ? fixtures.passportMain : fixtures.notDocument) } };
    expectTypeOf([unknownKey, unknownFault, delayWithoutMs, byFunction]).not.toBeNever();
  });
});
