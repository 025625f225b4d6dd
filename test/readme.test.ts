import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { Subject } from 'rxjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlMock, fixtures } from 'handl-rx/msw';
import { recognizeUntil, recognizeWithin } from '../examples/cancel';
import { readPassport } from '../examples/recognize-promise';
import { watchPassport } from '../examples/recognize-rx';
import { recognizeResumable } from '../examples/resume';
import { advanceUntil } from './support/collect';
import { jpeg } from './support/handl-server';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = (path: string) => readFileSync(new URL(`../examples/${path}`, import.meta.url), 'utf8');

describe('README snippets are the tested examples, verbatim', () => {
  it.each([
    'recognize-rx.ts',
    'recognize-promise.ts',
    'resume.ts',
    'cancel.ts',
    'testing-your-app/passport-form.ts',
    'testing-your-app/passport-form.test.ts',
  ])('%s', (path) => {
    expect(readme).toContain(`\`\`\`ts\n${example(path)}\`\`\``);
  });
});

describe('README snippets run against the mock at the default base URL', () => {
  // The snippets use the real default host and a placeholder key: the mock answers there.
  const mock = createHandlMock({ token: 'YOUR-LICENSE-KEY', pendingPolls: 1 });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.reset();
    vi.useRealTimers();
  });
  afterAll(() => server.close());

  it('watchPassport logs every state', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    watchPassport(jpeg(), (line) => lines.push(line));
    await advanceUntil(() => lines.some((line) => line.startsWith('surname')));
    expect(lines).toEqual([
      expect.stringMatching(/^task [0-9a-f]{24} accepted$/),
      expect.stringMatching(/^poll #1: not done after \d+ ms, next in \d+ ms$/),
      `surname: ${fixtures.passportMain.items[0]?.fields.surname?.text}`,
    ]);
  });

  it('readPassport returns the fields as text', async () => {
    vi.useFakeTimers();
    let fields: Record<string, string> | undefined;
    void readPassport(jpeg()).then((value) => (fields = value));
    await advanceUntil(() => fields !== undefined);
    expect(fields).toMatchObject({ surname: fixtures.passportMain.items[0]?.fields.surname?.text });
  });

  it('recognizeResumable keeps the task id while the task runs and resumes it', async () => {
    vi.useFakeTimers();
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const first = recognizeResumable(jpeg(), storage).subscribe();
    await advanceUntil(() => store.has('handl-task'));
    first.unsubscribe(); // the page reloads
    const statuses: string[] = [];
    recognizeResumable(jpeg(), storage).subscribe((state) => statuses.push(state.status));
    await advanceUntil(() => statuses.includes('done'));
    expect(statuses).toEqual(['pending', 'done']); // no submitted: the task already exists
    expect(store.has('handl-task')).toBe(false);
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('recognizeUntil stops silently; recognizeWithin rejects with aborted', async () => {
    vi.useFakeTimers();
    const cancel$ = new Subject<void>();
    const statuses: string[] = [];
    let completed = false;
    recognizeUntil(jpeg(), cancel$).subscribe({ next: (s) => statuses.push(s.status), complete: () => (completed = true) });
    await advanceUntil(() => statuses.includes('submitted'));
    cancel$.next();
    const polls = mock.requests.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(completed).toBe(true);
    expect(statuses).toEqual(['submitted']);
    expect(mock.requests).toHaveLength(polls);
    vi.useRealTimers();
    await expect(recognizeWithin(jpeg(), 50)).rejects.toMatchObject({ kind: 'aborted' });
  });
});
