import type { HandlError } from './handl-error';

/** The server accepted an async task. */
export interface SubmittedState {
  status: 'submitted';
  taskId: string;
}

/** A poll found the task not done yet, or failed in a way that is retried. */
export interface PendingState {
  status: 'pending';
  taskId: string;
  /** Polls so far, from 1. */
  attempt: number;
  /** Time since the task started (subscription or call), in ms. */
  elapsedMs: number;
  /** Wait before the next poll, in ms. */
  nextPollMs: number;
  /** Set when this poll failed transiently (network, timeout, 429, 5xx) and will be retried. */
  failure?: HandlError;
}

/** The task finished; the observable completes after this state. */
export interface DoneState<R> {
  status: 'done';
  /** `null` when a sync answer carried no task id. */
  taskId: string | null;
  result: R;
}

/** The task ended in error; the observable completes after this state (it never errors). */
export interface ErrorState {
  status: 'error';
  /** `null` when the task failed before the server gave it an id. */
  taskId: string | null;
  error: HandlError;
}

/**
 * Where a task stands: `submitted` → `pending`… → `done` | `error`.
 *
 * @example
 * handl.recognize$(file).subscribe((s) => s.status === 'done' && render(s.result));
 */
export type TaskState<R> = SubmittedState | PendingState | DoneState<R> | ErrorState;
