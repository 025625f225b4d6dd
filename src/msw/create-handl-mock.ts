import { delay, http, type HttpHandler } from 'msw';
import { createFaultBook, type FaultRule } from './fault-rule';
import { handleResult } from './handle-result';
import { handleSubmit } from './handle-submit';
import { type HandlMockOptions, resolveMockOptions } from './handl-mock-options';
import { handlResponses } from './handl-responses';
import type { MockContext } from './mock-context';
import { faultResponse, isReplacingFault, type MockFault } from './mock-fault';
import { type MockRequest, startRecord } from './mock-request';
import type { MockTask, TaskOutcome } from './mock-task';
import { readUpload } from './read-upload';

/**
 * A mock Handl: msw handlers plus what they saw.
 * @example const mock = createHandlMock(); setupServer(...mock.handlers).listen();
 */
export interface HandlMock {
  /** Handlers for `setupServer(...)` (msw/node) or `setupWorker(...)` (msw/browser). */
  readonly handlers: HttpHandler[];
  /** Every request handled, in arrival order, faulted ones included. */
  readonly requests: readonly MockRequest[];
  /** The async tasks submitted, in order, as they stand now (a fresh array on every read). */
  readonly tasks: readonly MockTask[];
  /** Adds fault rules from now on, ahead of those already in place. */
  use(...rules: FaultRule[]): void;
  /** Forgets requests, tasks and the rules added by `use()`; restarts the counters of `faults`. */
  reset(): void;
}

/**
 * Creates msw request handlers that behave like the Handl API (`/recognize`, `/classify`,
 * `/result/{task_id}`): multipart parsing, license check, 422 validation, async tasks that
 * finish after `pendingPolls` polls or `processingMs`, and faults on demand.
 * @example
 * const mock = createHandlMock({ token: 'test-token', pendingPolls: 1 });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 */
export function createHandlMock(options: HandlMockOptions = {}): HandlMock {
  const settings = resolveMockOptions(options);
  const faults = createFaultBook(settings.faults);
  const requests: MockRequest[] = [];
  const tasks = new Map<string, MockTask>();
  const context: MockContext = { settings, tasks };
  const url = (path: string) => `${settings.baseUrl}${path}`;

  // Counted synchronously on arrival, so `nth` follows arrival order even for concurrent requests.
  const arrive = (request: Request, kind: 'submit' | 'poll' | 'other') => {
    const record = startRecord(request, settings.basePath);
    requests.push(record);
    const fault = faults.take(kind);
    if (fault !== undefined) record.fault = fault.type;
    return { record, fault };
  };

  const submit = (service: MockTask['service']) =>
    http.post(url(`/${service}`), async ({ request }) => {
      const { record, fault } = arrive(request, 'submit');
      const upload = await readUpload(request);
      if (upload.file !== undefined) record.file = upload.file;
      if ('verifyFields' in upload) record.verifyFields = upload.verifyFields;
      return settle(record, fault, request, (outcome) =>
        handleSubmit(context, service, request, record, upload, outcome),
      );
    });

  const notAllowed = (path: string, allow: string) =>
    http.all(url(path), ({ request }) => {
      const { record, fault } = arrive(request, 'other');
      return settle(record, fault, request, () => handlResponses.methodNotAllowed(allow));
    });

  return {
    handlers: [
      submit('recognize'),
      submit('classify'),
      http.get(url('/result/:taskId'), ({ request, params }) => {
        const { record, fault } = arrive(request, 'poll');
        const taskId = String(params['taskId'] ?? '');
        record.taskId = taskId;
        return settle(record, fault, request, (outcome) => handleResult(context, request, taskId, outcome));
      }),
      notAllowed('/recognize', 'POST'),
      notAllowed('/classify', 'POST'),
      notAllowed('/result/:taskId', 'GET'),
    ],
    requests,
    get tasks() {
      return [...tasks.values()];
    },
    use: (...rules) => faults.use(rules),
    reset: () => {
      requests.length = 0;
      tasks.clear();
      faults.reset();
    },
  };
}

// Applies the fault (if any) around the normal answer and records the status answered.
async function settle(
  record: MockRequest,
  fault: MockFault | undefined,
  request: Request,
  answer: (outcome: TaskOutcome | undefined) => Response | Promise<Response>,
): Promise<Response> {
  try {
    let response: Response;
    if (fault !== undefined && isReplacingFault(fault)) {
      response = await faultResponse(fault, request.signal);
    } else {
      if (fault?.type === 'delay') await delay(fault.ms);
      response = await answer(fault?.type === 'task' ? fault.outcome : undefined);
    }
    record.status = response.status;
    return response;
  } catch (error) {
    record.status = 500;
    throw error;
  }
}
