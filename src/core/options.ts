/** Input accepted as the document to upload. */
export type HandlInput = Blob | ArrayBuffer | ArrayBufferView;

/** How polls are spaced. All durations in milliseconds. */
export interface PollOptions {
  /** Wait before the first poll. Default 1000. */
  initialDelayMs?: number | undefined;
  /** Wait between polls, before backoff. Default 1000. */
  intervalMs?: number | undefined;
  /** Factor the wait grows by after each not-done poll. Default 1.5. */
  backoff?: number | undefined;
  /** Longest wait between polls. Default 10000. */
  maxIntervalMs?: number | undefined;
  /** Random spread of each wait, ± this fraction. Default 0.2. */
  jitter?: number | undefined;
  /** Longest `Retry-After` we honour. Default 60000. */
  maxRetryAfterMs?: number | undefined;
}

/** Options of {@link createHandl}. */
export interface HandlOptions {
  /** API root, may carry a path (your proxy). Default `https://latest.handl.io`. */
  baseUrl?: string | undefined;
  /** License key; omit when your proxy adds it. Never logged or stored on errors. */
  token?: string | undefined;
  /** Where the token goes: `?token=` (default, documented) or `Authorization: Token …`. */
  auth?: 'query' | 'header' | undefined;
  /** fetch to use; default `globalThis.fetch`, looked up when a request is made. */
  fetch?: typeof fetch | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  poll?: PollOptions | undefined;
  /** Time allowed for a whole task, submit to result. Default 300000. */
  deadlineMs?: number | undefined;
  /** Time allowed for each request, body read included. Default 30000. */
  requestTimeoutMs?: number | undefined;
  /** Consecutive transient failures tolerated on polls. Default limit 2. */
  retry?: { limit?: number | undefined } | undefined;
}

/** Query values a caller may pass through `params`. */
export type ParamValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

/** Options every call shares. */
export interface CallOptions {
  /** Aborting it ends the task with an `aborted` error state. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `deadlineMs` for this call. */
  deadlineMs?: number | undefined;
  /** Overrides the client's `poll` for this call. */
  poll?: PollOptions | undefined;
}

/** Options of a submit (`recognize`, `classify`). */
interface SubmitOptions extends CallOptions {
  /** Any other query parameter of the submit, sent as is (arrays as repeated keys). */
  params?: Record<string, ParamValue> | undefined;
  /** Restrict to these document types. */
  docType?: string | readonly string[] | undefined;
  returnCrops?: boolean | undefined;
  priority?: number | undefined;
  /** Submit with `async=true` and poll (default), or wait for the answer on the POST. */
  async?: boolean | undefined;
  /** File name of the multipart part; default the File's name or `document.<ext>`. */
  fileName?: string | undefined;
}

/** Options of `recognize` / `recognize$`. camelCase maps to the API's snake_case. */
export interface RecognizeOptions extends SubmitOptions {
  quality?: number | undefined;
  dpi?: number | undefined;
  pdfRawImages?: boolean | undefined;
  autoPdfRawImages?: boolean | undefined;
  mode?: string | undefined;
  withHitl?: boolean | undefined;
  hitlAsync?: boolean | undefined;
  hitlRequiredFields?: string | readonly string[] | undefined;
  hitlSla?: string | undefined;
  checkFake?: boolean | undefined;
  /** Expected texts by field name; each field's `valid` tells whether it matched. */
  verifyFields?: Record<string, string> | undefined;
}

/** Options of `classify` / `classify$`. camelCase maps to the API's snake_case. */
export interface ClassifyOptions extends SubmitOptions {
  minShape?: number | undefined;
  minFilesize?: number | undefined;
  maxExposureScore?: number | undefined;
  minExposureScore?: number | undefined;
  maxBlurScore?: number | undefined;
}

/** Options of `result` / `result$`. */
export interface ResultOptions extends CallOptions {
  /** Which schema validates the result. Default: whichever fits. */
  service?: 'recognize' | 'classify' | undefined;
}
