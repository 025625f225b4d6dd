import type { ResultBody } from './handl-body';

/**
 * How a task ends: `normal` (done), `fail` (500 `errno: 10` once it would be done),
 * `never` (202 forever) or `expire` (done is served once, then 404 `errno: 8`).
 * @example createHandlMock({ task: 'never' });
 */
export type TaskOutcome = 'normal' | 'fail' | 'never' | 'expire';

/**
 * What the mock last answered for a task: `pending` (202), `done` (200), `failed` (500) or
 * `expired` (the result was served once; the next polls get 404).
 * @example expect(mock.tasks.find((task) => task.id === id)?.state).toBe('done');
 */
export type MockTaskState = 'pending' | 'done' | 'failed' | 'expired';

/**
 * When a task becomes ready: after a number of not-done polls, or at a `Date.now()` instant.
 * @example const ready: TaskReadiness = { after: 'polls', polls: 2 };
 */
export type TaskReadiness = { after: 'polls'; polls: number } | { after: 'time'; at: number };

/**
 * An async task the mock knows.
 * @example expect(mock.tasks).toMatchObject([{ service: 'recognize', polls: 3, state: 'done' }]);
 */
export interface MockTask {
  id: string;
  service: 'recognize' | 'classify';
  state: MockTaskState;
  outcome: TaskOutcome;
  /** Polls that reached the task (faulted polls that never got to it are not counted). */
  polls: number;
  /** `Date.now()` at submit. */
  submittedAt: number;
  ready: TaskReadiness;
  /** The body served when the task is done, computed at submit. */
  result: ResultBody;
}

/**
 * What a poll answers: 202, 200, 500 `errno: 10`, or 404 `errno: 8`.
 * @example const { answer } = pollTask(task, Date.now()); // 'pending'
 */
export type PollAnswer = 'pending' | 'done' | 'failed' | 'gone';

/**
 * The pure state step of one poll: the task after it, and what to answer.
 * Readiness counts the polls before this one, so `{ after: 'polls', polls: 2 }` answers
 * 202, 202, then 200.
 * @example
 * const step = pollTask(task, Date.now());
 * tasks.set(task.id, step.task);
 */
export function pollTask(task: MockTask, now: number): { task: MockTask; answer: PollAnswer } {
  const polled: MockTask = { ...task, polls: task.polls + 1 };
  if (task.state === 'expired') return { task: polled, answer: 'gone' };
  const ready = task.ready.after === 'time' ? now >= task.ready.at : task.polls >= task.ready.polls;
  if (!ready || task.outcome === 'never') return { task: { ...polled, state: 'pending' }, answer: 'pending' };
  switch (task.outcome) {
    case 'fail':
      return { task: { ...polled, state: 'failed' }, answer: 'failed' };
    case 'expire':
      return { task: { ...polled, state: 'expired' }, answer: 'done' };
    case 'normal':
      return { task: { ...polled, state: 'done' }, answer: 'done' };
  }
}
