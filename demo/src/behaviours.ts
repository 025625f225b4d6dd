import type { FaultRule, HandlMockOptions } from 'handl-rx/msw';
import { fixtures } from 'handl-rx/msw';

export type BehaviourId = 'normal' | 'slow' | 'flaky' | 'rate-limited' | 'task-fails' | 'never' | 'expired';
export type Mode = 'async' | 'sync';

/** A way the mock server can behave, and what the SDK is expected to make of it. */
export interface Behaviour {
  id: BehaviourId;
  label: string;
  /** What the server does, in one line. */
  server: string;
  /** Only meaningful for async tasks (there is no task to poll in sync mode). */
  asyncOnly?: boolean;
  /** Mock options for this behaviour (merged over the demo's own). */
  mock(mode: Mode): Pick<HandlMockOptions, 'pendingPolls' | 'processingMs' | 'faults' | 'task'>;
  /** Per-call deadline, so that "never finishes" ends in seconds rather than five minutes. */
  deadlineMs?: number;
}

const at = (mode: Mode): FaultRule['on'] => (mode === 'async' ? 'poll' : 'submit');

export const BEHAVIOURS: readonly Behaviour[] = [
  {
    id: 'normal',
    label: 'Normal',
    server: 'Two “not done yet” answers, then the result.',
    mock: () => ({ pendingPolls: 2 }),
  },
  {
    id: 'slow',
    label: 'Slow',
    server: 'Every answer takes 0.9 s; the task needs about 8 s.',
    mock: (mode) =>
      mode === 'async'
        ? { processingMs: 8000, faults: [{ on: 'any', fault: { type: 'delay', ms: 900 } }] }
        : { faults: [{ on: 'submit', fault: { type: 'delay', ms: 5000 } }] },
  },
  {
    id: 'flaky',
    label: 'Flaky 5xx',
    server: 'A 502 HTML page from the proxy, a 503, then normal answers.',
    mock: (mode) => ({
      pendingPolls: 1,
      faults: [
        { on: at(mode), nth: 1, fault: { type: 'html', status: 502 } },
        { on: at(mode), nth: 2, fault: { type: 'status', status: 503, body: fixtures.serverError } },
      ],
    }),
  },
  {
    id: 'rate-limited',
    label: 'Rate-limited',
    server: '429 Too Many Requests with Retry-After: 3, then normal answers.',
    mock: (mode) => ({
      pendingPolls: 1,
      faults: [
        {
          on: at(mode),
          nth: 1,
          fault: {
            type: 'status',
            status: 429,
            headers: { 'Retry-After': '3' },
            body: { detail: [{ msg: 'Too many requests', type: 'rate_limit' }] },
          },
        },
      ],
    }),
  },
  {
    id: 'task-fails',
    label: 'Task fails',
    server: 'The task is accepted, then fails: 500 with errno 10.',
    mock: () => ({ pendingPolls: 1, task: 'fail' }),
  },
  {
    id: 'never',
    label: 'Never finishes',
    server: 'The task stays “not done” forever; this run has a 6 s deadline.',
    mock: () => ({ task: 'never' }),
    deadlineMs: 6000,
  },
  {
    id: 'expired',
    label: 'Expired task',
    server: 'The server forgets the task before it is done: 404, errno 8.',
    asyncOnly: true,
    mock: () => ({
      faults: [{ on: 'poll', nth: 2, fault: { type: 'status', status: 404, body: fixtures.notFound } }],
    }),
  },
];

export function behaviourById(id: string): Behaviour {
  return BEHAVIOURS.find((b) => b.id === id) ?? (BEHAVIOURS[0] as Behaviour);
}
