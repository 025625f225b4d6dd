import { Observable } from 'rxjs';
import { AbortReason } from '../core/abort-reason';
import { runTask, type TaskPlan } from '../core/run-task';
import type { TaskState } from '../core/task-state';

/**
 * A cold observable of one task: each subscription submits (or resumes) its own task, emits its
 * states and completes after `done` or `error`. Unsubscribing aborts the request in flight and
 * clears every timer, without emitting anything.
 */
export function taskObservable<R>(plan: () => TaskPlan<R>): Observable<TaskState<R>> {
  return new Observable<TaskState<R>>((subscriber) => {
    const stop = new AbortController();
    runTask(plan, (state) => subscriber.next(state), stop.signal).then(
      () => subscriber.complete(),
      (error: unknown) => subscriber.error(error), // runTask turns failures into states; this is a bug guard
    );
    return () => stop.abort(new AbortReason('unsubscribed'));
  });
}
