import { isAuthorized } from './authorize';
import { handlResponses } from './handl-responses';
import type { MockContext } from './mock-context';
import { pollTask, type TaskOutcome } from './mock-task';

/**
 * Answers `GET /result/{task_id}` like Handl: 403 without the license key, 404 for an
 * unknown or expired task, 202 while it runs, then 200 with its result (or 500 when it failed).
 * A given `outcome` (from a `task` fault) replaces the task's own from this poll on.
 * @example return handleResult(context, request, 'abc', undefined);
 */
export function handleResult(
  context: MockContext,
  request: Request,
  taskId: string,
  outcome: TaskOutcome | undefined,
): Response {
  if (!isAuthorized(request, context.settings.token)) return handlResponses.forbidden();
  const known = context.tasks.get(taskId);
  if (known === undefined) return handlResponses.notFound();
  const step = pollTask(outcome === undefined ? known : { ...known, outcome }, Date.now());
  context.tasks.set(taskId, step.task);
  switch (step.answer) {
    case 'pending':
      return handlResponses.notDone(taskId);
    case 'done':
      return handlResponses.ok(step.task.result, taskId);
    case 'failed':
      return handlResponses.taskFailed(taskId);
    case 'gone':
      return handlResponses.notFound();
  }
}
