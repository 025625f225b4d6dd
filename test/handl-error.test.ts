import { runInNewContext } from 'node:vm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HandlError, isHandlError, type HandlErrorKind } from 'handl-rx';

describe('HandlError', () => {
  it('is an Error with a literal name, a kind and retryable derived from the kind', () => {
    const error = new HandlError('rate_limited', 'slow down', { status: 429, retryAfterMs: 2000 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('HandlError');
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 2000 });
    expect(new HandlError('auth', 'no').retryable).toBe(false);
    expect(new HandlError('deadline', 'late').retryable).toBe(true);
    expect(new HandlError('validation', 'bad').retryable).toBe(false);
  });

  it('owns only the fields it was given', () => {
    expect(Object.keys(new HandlError('network', 'down'))).toEqual(['name', 'kind', 'retryable']);
  });

  it('is recognised by isHandlError across realms, and lookalikes are not', () => {
    const foreign: unknown = runInNewContext(
      "const e = new Error('from another realm'); e.name = 'HandlError'; e.kind = 'network'; e",
    );
    expect(foreign instanceof HandlError).toBe(false);
    expect(isHandlError(foreign)).toBe(true);
    expect(isHandlError(new HandlError('server', 'x'))).toBe(true);
    expect(isHandlError(new Error('x'))).toBe(false);
    expect(isHandlError({ name: 'HandlError' })).toBe(false);
    expect(isHandlError(null)).toBe(false);
    expect(isHandlError('HandlError')).toBe(false);
  });

  it('types kind as the closed union of kinds', () => {
    expectTypeOf<HandlError['kind']>().toEqualTypeOf<HandlErrorKind>();
    expectTypeOf<HandlErrorKind>().toEqualTypeOf<
      'network' | 'timeout' | 'deadline' | 'aborted' | 'auth' | 'rate_limited' | 'not_found' | 'task_failed' | 'bad_request' | 'server' | 'validation'
    >();
  });
});
