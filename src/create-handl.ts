import type { Observable } from 'rxjs';
import * as v from 'valibot';
import { resolveSettings } from './core/defaults';
import type { HandlError } from './core/handl-error';
import type { ClassifyOptions, HandlInput, HandlOptions, RecognizeOptions, ResultOptions } from './core/options';
import { submitQuery } from './core/query';
import { createRedactor } from './core/redact';
import { runTask, type TaskPlan } from './core/run-task';
import { ClassifyResultSchema, type ClassifyResult } from './core/schemas/classify';
import { RecognizeResultSchema, type RecognizeResult } from './core/schemas/recognize';
import type { ErrorState, TaskState } from './core/task-state';
import { buildUpload } from './core/upload';
import { taskObservable } from './rx/task-observable';

/** A finished task of either service, as `result$` returns it when no `service` is given. */
export type AnyResult = RecognizeResult | ClassifyResult;

const AnyResultSchema = v.union([RecognizeResultSchema, ClassifyResultSchema]);

/** The client {@link createHandl} returns. */
export interface Handl {
  /** Uploads a document for recognition; a cold observable of its states. */
  recognize$(input: HandlInput, options?: RecognizeOptions): Observable<TaskState<RecognizeResult>>;
  /** Uploads a document for classification; a cold observable of its states. */
  classify$(input: HandlInput, options?: ClassifyOptions): Observable<TaskState<ClassifyResult>>;
  /** Resumes a task by id (after a reload, in another worker); emits no `submitted`. */
  result$(taskId: string, options: ResultOptions & { service: 'recognize' }): Observable<TaskState<RecognizeResult>>;
  result$(taskId: string, options: ResultOptions & { service: 'classify' }): Observable<TaskState<ClassifyResult>>;
  result$(taskId: string, options?: ResultOptions): Observable<TaskState<AnyResult>>;
  /** Promise twin of `recognize$`: resolves with the result, rejects with a {@link HandlError}. */
  recognize(input: HandlInput, options?: RecognizeOptions): Promise<RecognizeResult>;
  /** Promise twin of `classify$`. */
  classify(input: HandlInput, options?: ClassifyOptions): Promise<ClassifyResult>;
  /** Promise twin of `result$`. */
  result(taskId: string, options: ResultOptions & { service: 'recognize' }): Promise<RecognizeResult>;
  result(taskId: string, options: ResultOptions & { service: 'classify' }): Promise<ClassifyResult>;
  result(taskId: string, options?: ResultOptions): Promise<AnyResult>;
}

/**
 * Creates a Handl client. Nothing runs until a task is subscribed to or awaited; an invalid
 * option (a negative interval, a relative `baseUrl`) throws a `HandlError` of kind `bad_request` here.
 *
 * @example
 * const handl = createHandl({ token: 'YOUR-LICENSE-KEY' });
 * handl.recognize$(file, { docType: 'passport_main' }).subscribe(console.log);
 */
export function createHandl(options: HandlOptions = {}): Handl {
  resolveSettings(options); // a wrong client option throws here, where it was written
  const redact = createRedactor(options.token);

  const submitPlan = <R>(
    path: 'recognize' | 'classify',
    schema: v.GenericSchema<unknown, R>,
    input: HandlInput,
    call: RecognizeOptions & ClassifyOptions,
  ): TaskPlan<R> => ({
    settings: resolveSettings(options, call),
    schema,
    redact,
    signal: call.signal,
    submit: {
      path,
      query: submitQuery(call),
      async: call.async ?? true,
      form: () => buildUpload(input, call.fileName, call.verifyFields),
    },
  });
  const resultPlan = (taskId: string, call: ResultOptions): TaskPlan<AnyResult> => ({
    settings: resolveSettings(options, call),
    schema: call.service === 'recognize' ? RecognizeResultSchema : call.service === 'classify' ? ClassifyResultSchema : AnyResultSchema,
    redact,
    signal: call.signal,
    taskId,
  });

  return {
    recognize$: (input, call = {}) => taskObservable(() => submitPlan('recognize', RecognizeResultSchema, input, call)),
    classify$: (input, call = {}) => taskObservable(() => submitPlan('classify', ClassifyResultSchema, input, call)),
    result$: ((taskId: string, call: ResultOptions = {}) => taskObservable(() => resultPlan(taskId, call))) as Handl['result$'],
    recognize: (input, call = {}) => settle(() => submitPlan('recognize', RecognizeResultSchema, input, call)),
    classify: (input, call = {}) => settle(() => submitPlan('classify', ClassifyResultSchema, input, call)),
    result: ((taskId: string, call: ResultOptions = {}) => settle(() => resultPlan(taskId, call))) as Handl['result'],
  };
}

/** Runs a task without RxJS and settles with its last state. */
async function settle<R>(plan: () => TaskPlan<R>): Promise<R> {
  let last: TaskState<R> | undefined;
  await runTask(plan, (state) => (last = state), new AbortController().signal);
  if (last?.status === 'done') return last.result;
  // runTask always ends with done or error when nothing stops it, and nothing stops it here.
  throw (last as ErrorState).error;
}
