import * as v from 'valibot';
import { AbortReason, abortReasonOf, linkedController, sleep, startTimer } from './abort-reason';
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
    if (!(cause instanceof HandlError)) throw cause;
    return emit({ status: 'error', taskId: null, error: cause });
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
      const error = toHandlError(cause, { taskId, path: context.path, timeoutMs: settings.requestTimeoutMs, redact });
      return { type: 'failure', error, transient: error.retryable };
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
      const outcome = await request({ method: 'POST', path: plan.submit.path, query, body: await plan.submit.form() }, 'submit');
      if (outcome.type === 'failure') return emit(fail(outcome.error));
      if (outcome.type === 'pending') return emit(fail(new HandlError('validation', `[handl-rx] ${path} answered "not done" to a submit`)));
      const id = (outcome.json as { task_id?: unknown } | null)?.task_id;
      if (typeof id === 'string' && id !== '') taskId = id;
      if (!async || taskId === undefined) {
        const items = (outcome.json as { items?: unknown } | null)?.items;
        if (async && !(Array.isArray(items) && items.length > 0)) {
          return emit(fail(new HandlError('validation', `[handl-rx] ${path} accepted the task but sent no \`task_id\``, { body: redact(outcome.json) })));
        }
        return emit(finish(outcome.json));
      }
      emit({ status: 'submitted', taskId });
    }
    // `.` and `..` would be resolved by the URL parser and escape `/result/`, even percent-encoded.
    if (taskId === undefined || taskId === '' || taskId === '.' || taskId === '..') {
      return emit(fail(new HandlError('bad_request', `[handl-rx] \`taskId\` ${JSON.stringify(taskId ?? '')} is not a task id. Pass the id a submit returned`)));
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
      if (outcome.type === 'failure') {
        if (!outcome.transient || failures >= settings.retryLimit) return emit(fail(outcome.error));
        failures += 1;
        wait = outcome.error.retryAfterMs ?? pollDelay(attempt, settings.poll);
        emit({ status: 'pending', taskId, attempt, elapsedMs: elapsed(), nextPollMs: wait, failure: outcome.error });
        continue;
      }
      failures = 0;
      wait = outcome.retryAfterMs ?? pollDelay(attempt, settings.poll);
      emit({ status: 'pending', taskId, attempt, elapsedMs: elapsed(), nextPollMs: wait });
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
