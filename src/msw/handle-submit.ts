import { HttpResponse } from 'msw';
import { isAuthorized } from './authorize';
import { buildClassifyResult } from './build-classify-result';
import { buildRecognizeResult } from './build-recognize-result';
import { fixtures } from './fixtures';
import type { ResultBody } from './handl-body';
import { handlResponses } from './handl-responses';
import type { MockContext } from './mock-context';
import type { MockRequest } from './mock-request';
import type { MockTask, TaskOutcome } from './mock-task';
import type { Upload } from './read-upload';
import { createTaskId } from './task-id';
import { queryFlag, validateQuery } from './validate-query';
import { waitForAbort } from './wait-for-abort';

/**
 * Answers `POST /recognize` or `/classify` like Handl: 403 without the license key, 422 for
 * bad query parameters or a missing `image` file, then either the async acknowledgement
 * with a new task (`async=true`) or the result at once.
 * @example return handleSubmit(context, 'recognize', request, record, upload, undefined);
 */
export async function handleSubmit(
  context: MockContext,
  service: MockTask['service'],
  request: Request,
  record: MockRequest,
  upload: Upload,
  outcome: TaskOutcome | undefined,
): Promise<Response> {
  const { settings, tasks } = context;
  if (!isAuthorized(request, settings.token)) return handlResponses.forbidden();
  const params = new URL(request.url).searchParams;
  const issues = [...validateQuery(params, service), ...upload.issues];
  if (issues.length > 0) return handlResponses.unprocessable(issues);

  const taskOutcome = outcome ?? settings.task;
  if (queryFlag(params, 'async') === true) {
    const now = Date.now();
    const task: MockTask = {
      id: createTaskId(),
      service,
      state: 'pending',
      outcome: taskOutcome,
      polls: 0,
      submittedAt: now,
      ready:
        settings.processingMs === undefined
          ? { after: 'polls', polls: settings.pendingPolls }
          : { after: 'time', at: now + settings.processingMs },
      result: await buildResult(context, service, record, params),
    };
    tasks.set(task.id, task);
    record.taskId = task.id;
    return handlResponses.ok(fixtures.asyncSubmit, task.id);
  }
  if (taskOutcome === 'fail') return handlResponses.taskFailed(null);
  if (taskOutcome === 'never') {
    await waitForAbort(request.signal);
    return HttpResponse.error();
  }
  return handlResponses.ok(await buildResult(context, service, record, params), null);
}

function buildResult(
  { settings }: MockContext,
  service: MockTask['service'],
  record: MockRequest,
  params: URLSearchParams,
): Promise<ResultBody> {
  return service === 'recognize'
    ? buildRecognizeResult(settings.results, record)
    : buildClassifyResult(settings.classify, record, params);
}
