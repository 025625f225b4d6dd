import * as v from 'valibot';
import { AbortReason, abortReasonOf, linkedController, sleep, startTimer, untilAborted } from './abort-reason';
import { pollDelay } from './backoff';
import type { Settings } from './defaults';
import { HandlError } from './handl-error';
import { interpret, type Outcome } from './interpret';
import type { TaskState } from './task-state';
import { toHandlError } from './to-handl-error';
import { send, type RawRequest } from './transport';

/** Everything one task needs: how to submit it (or which id to resume), and how to check its result. */
export interface TaskPlan<R> {
  settings: Settings;
  schema: v.GenericSchema<unknown, R>;
  redact: <T>(value: T) => T;
  /** The caller's signal: aborting it ends the task with an `aborted` error state. */
  signal: AbortSignal | undefined;
  /** Submit a new task… */
  submit?: { path: string; query: URLSearchParams; async: boolean; form: () => Promise<FormData> };
  /** …or resume one by id. */
  taskId?: string;
}

/**
 * The polling engine. Builds the plan, submits (or resumes) one task and reports each state through `emit`,
 * ending with exactly one `done` or `error`, unless `stop` aborts first: then it ends silently.
 * Polls are scheduled only after the previous answer; when it resolves, no timer, listener or
 * request of this task is left.
 */
export async function runTask<R>(makePlan: () => TaskPlan<R>, emit: (state: TaskState<R>) => void, stop: AbortSignal): Promise<void> {
  let plan: TaskPlan<R>;
  try {
    plan = makePlan(); // merges and checks the per-call options: a bad one is an error state too
  } catch (cause) {
    // A wrong option, or options that are not an object at all (`null` from untyped code).
    const error = cause instanceof HandlError ? cause : new HandlError('bad_request', `[handl-rx] ${cause}`, { cause });
    return emit({ status: 'error', taskId: null, error });
  }
  const { settings, redact } = plan;
  const started = performance.now(); // monotonic: a clock set back must not make elapsedMs negative
  const elapsed = () => Math.round(performance.now() - started);
  const { controller, dispose } = linkedController(stop);
  const signal = controller.signal;
  const onUserAbort = () => controller.abort(new AbortReason('aborted'));
  plan.signal?.addEventListener('abort', onUserAbort, { once: true });
  const clearDeadline = startTimer(settings.deadlineMs, () => controller.abort(new AbortReason('deadline')));
  let taskId = plan.taskId;
  let path = plan.submit ? `POST ${plan.submit.path}` : 'GET result'; // the request in progress, for messages

  const request = async (req: RawRequest, phase: 'submit' | 'poll'): Promise<Outcome> => {
    path = `${req.method} ${req.path}`;
    const context = { phase, path, taskId, maxRetryAfterMs: settings.poll.maxRetryAfterMs, redact };
    try {
      return interpret(await send(settings, req, signal), context);
    } catch (cause) {
      if (signal.aborted) throw cause; // unsubscribe, abort and deadline end the task, never a retry
      const error = toHandlError(cause, { taskId, path, timeoutMs: settings.requestTimeoutMs, redact });
      return { type: 'failure', error };
    }
  };
  const finish = (json: unknown): TaskState<R> => {
    const parsed = v.safeParse(plan.schema, json);
    if (parsed.success) return { status: 'done', taskId: taskId ?? null, result: parsed.output };
    const issue = parsed.issues[0];
    const at = v.getDotPath(issue) ?? '(root)';
    // valibot's messages quote the value received, which may echo the token: redact them too.
    const message = redact(`[handl-rx] ${path} answered a result that does not match the schema at \`${at}\`: ${issue.message}`);
    const detail = redact(parsed.issues.map((i) => ({ path: v.getDotPath(i), message: i.message })));
    return { status: 'error', taskId: taskId ?? null, error: new HandlError('validation', message, { status: 200, taskId, detail, body: redact(json) }) };
  };
  const fail = (error: HandlError): TaskState<R> => ({ status: 'error', taskId: taskId ?? null, error });

  try {
    if (plan.signal?.aborted) throw new AbortReason('aborted');
    if (plan.submit) {
      const { async, query } = plan.submit;
      const outcome = await request({ method: 'POST', path: plan.submit.path, query, body: await readInput(plan.submit.form, signal) }, 'submit');
      if (outcome.type === 'failure') return emit(fail(outcome.error));
      if (outcome.type === 'pending') return emit(fail(new HandlError('validation', `[handl-rx] ${path} answered "not done" to a submit`)));
      const { task_id: id, items } = outcome.json as { task_id?: unknown; items?: unknown };
      if (typeof id === 'string' && id !== '') taskId = id;
      const hasItems = Array.isArray(items) && items.length > 0;
      // A server that ignores `async` answers the whole result at once: that is done, not a task to poll.
      if (!async || hasItems || taskId === undefined) {
        if (!hasItems && async) {
          return emit(fail(new HandlError('validation', `[handl-rx] ${path} accepted the task but sent no \`task_id\``, { body: redact(outcome.json) })));
        }
        return emit(finish(outcome.json));
      }
      emit({ status: 'submitted', taskId });
    }
    // `.` and `..` would be resolved by the URL parser and escape `/result/`, even percent-encoded.
    if (taskId === undefined || taskId === '' || taskId === '.' || taskId === '..') {
      return emit(fail(new HandlError('bad_request', `[handl-rx] \`taskId\` ${JSON.stringify(taskId ?? '')} is not a task id`)));
    }

    const poll: RawRequest = { method: 'GET', path: `result/${encodeURIComponent(taskId)}` };
    let wait = plan.submit ? settings.poll.initialDelayMs : 0;
    let attempt = 0;
    let failures = 0;
    for (;;) {
      await sleep(wait, signal);
      attempt += 1;
      const outcome = await request(poll, 'poll');
      if (outcome.type === 'ok') return emit(finish(outcome.json));
      // A transient failure, retried, is reported as a pending state that carries it.
      const failure = outcome.type === 'failure' ? outcome.error : undefined;
      if (failure && (!failure.retryable || failures >= settings.retryLimit)) return emit(fail(failure));
      failures = failure ? failures + 1 : 0;
      wait = (outcome.type === 'failure' ? outcome.error : outcome).retryAfterMs ?? pollDelay(attempt, settings.poll);
      emit({ status: 'pending', taskId, attempt, elapsedMs: elapsed(), nextPollMs: wait, ...(failure && { failure }) });
    }
  } catch (cause) {
    if (abortReasonOf(signal)?.kind === 'unsubscribed') return;
    const reason = signal.aborted ? signal.reason : cause;
    emit(fail(toHandlError(reason, { taskId, path, timeoutMs: settings.requestTimeoutMs, redact })));
  } finally {
    clearDeadline();
    plan.signal?.removeEventListener('abort', onUserAbort);
    dispose();
  }
}

/**
 * Builds the upload, racing the read against the task's signal (a Blob whose read never ends
 * must not hold the task). What fails there is the caller's input, never the network.
 */
async function readInput(form: () => Promise<FormData>, signal: AbortSignal): Promise<FormData> {
  const abort = untilAborted(signal);
  try {
    return await abort.race(form());
  } catch (cause) {
    if (signal.aborted || cause instanceof HandlError) throw cause;
    throw new HandlError('bad_request', `[handl-rx] could not read the upload (${String(cause)}). Pass a readable Blob, File or buffer`, { cause });
  } finally {
    abort.dispose();
  }
}
