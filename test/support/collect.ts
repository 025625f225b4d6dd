import { lastValueFrom, toArray, type Observable } from 'rxjs';
import { vi } from 'vitest';

// Captured before any test fakes timers: the mock parses and hashes uploads on real threads,
// so virtual time must only move once real work had a moment to finish.
const realSetTimeout = globalThis.setTimeout;
const realPause = () => new Promise<void>((resolve) => realSetTimeout(resolve, 1));

/** One step of virtual time, after a real pause that lets pending I/O land first. */
async function step(ms: number): Promise<void> {
  await realPause();
  await vi.advanceTimersByTimeAsync(ms);
}

/** All states of a task, in real time. */
export function collect<T>(states$: Observable<T>): Promise<T[]> {
  return lastValueFrom(states$.pipe(toArray()));
}

/**
 * Subscribes and records states under fake timers; `settle()` advances virtual time until the
 * observable completed (or the budget is spent) and returns what was emitted.
 */
export function record<T>(states$: Observable<T>) {
  const states: T[] = [];
  let completed = false;
  const subscription = states$.subscribe({
    next: (state) => states.push(state),
    complete: () => (completed = true),
  });
  return {
    states,
    subscription,
    isComplete: () => completed,
    async settle(budgetMs = 600_000, stepMs = 10): Promise<T[]> {
      for (let spent = 0; !completed && spent < budgetMs; spent += stepMs) await step(stepMs);
      return states;
    },
  };
}

/**
 * Advances virtual time in small steps until `predicate` holds. See `step`.
 */
export async function advanceUntil(predicate: () => boolean, budgetMs = 60_000, stepMs = 5): Promise<void> {
  for (let spent = 0; !predicate(); spent += stepMs) {
    if (spent >= budgetMs) throw new Error(`condition not met within ${budgetMs} ms of virtual time`);
    await step(stepMs);
  }
}
