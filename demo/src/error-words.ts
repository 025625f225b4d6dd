import type { HandlError, HandlErrorKind } from 'handl-rx';
import { seconds } from './dom';

/** What each error kind means for the person using the app, in plain words. */
const WORDS: Record<HandlErrorKind, (error: HandlError) => string> = {
  network: () =>
    'The request got no answer at all: the connection failed (offline, DNS, a proxy, or the browser blocked a cross-origin call). A failing poll is retried a few times; a failing submit is not.',
  timeout: () =>
    'One request took longer than `requestTimeoutMs`, or the server stopped sending the body halfway. A poll that times out is retried a few times; a submit is not.',
  deadline: (error) =>
    error.taskId
      ? `The task did not finish within its deadline. The server task was not cancelled: resume it later with result$('${error.taskId}').`
      : 'No answer came within the deadline, and there is no task id to resume (a sync call, or a submit that never answered). Use async mode for long work.',
  aborted: () => 'The run was stopped through its AbortSignal.',
  auth: () => 'The license key was refused (401/403). Check the token in Settings.',
  rate_limited: (error) =>
    `Too many requests (429).${error.retryAfterMs !== undefined ? ` The server asked to wait ${seconds(error.retryAfterMs)}.` : ''} Polls honour Retry-After by themselves, but a submit is never retried automatically: a duplicate task costs money.`,
  not_found: () =>
    'The server does not know this task (404): it expired or never existed. Submit the document again.',
  task_failed: () =>
    'The server accepted the task but could not process it (500, errno 10). Retrying the same file is unlikely to help.',
  bad_request: () =>
    'The server rejected the request (400/413/422): a parameter or the file is not acceptable. The details are in `detail`.',
  server: () =>
    'The server kept failing (5xx, or an HTML page from a proxy instead of the API’s JSON). A failing poll is retried; a failing submit is not.',
  validation: () =>
    'The server answered, but not with a body Handl would send (not JSON, or not the documented shape).',
};

/** Plain-words explanation of an error state. */
export function explain(error: HandlError): string {
  return WORDS[error.kind]?.(error) ?? error.message;
}
