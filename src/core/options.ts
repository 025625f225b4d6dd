/** Input accepted as the document to upload. */
export type HandlInput = Blob | ArrayBuffer | ArrayBufferView;

/** How polls are spaced. All durations in milliseconds. */
export interface PollOptions {
  /** Wait before the first poll. Default 1000. */
  initialDelayMs?: number;
  /** Wait between polls, before backoff. Default 1000. */
  intervalMs?: number;
  /** Factor the wait grows by after each not-done poll. Default 1.5. */
  backoff?: number;
  /** Longest wait between polls. Default 10000. */
  maxIntervalMs?: number;
  /** Random spread of each wait, ± this fraction. Default 0.2. */
  jitter?: number;
  /** Longest `Retry-After` we honour. Default 60000. */
  maxRetryAfterMs?: number;
}

/** Options of {@link createHandl}. */
export interface HandlOptions {
  /** API root, may carry a path (your proxy). Default `https://latest.handl.io`. */
  baseUrl?: string;
  /** License key; omit when your proxy adds it. Never logged or stored on errors. */
  token?: string;
  /** Where the token goes: `?token=` (default, documented) or `Authorization: Token …`. */
  auth?: 'query' | 'header';
  /** fetch to use; default `globalThis.fetch`, looked up when a request is made. */
  fetch?: typeof fetch;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  poll?: PollOptions;
  /** Time allowed for a whole task, submit to result. Default 300000. */
  deadlineMs?: number;
  /** Time allowed for each request, body read included. Default 30000. */
  requestTimeoutMs?: number;
  /** Consecutive transient failures tolerated on polls. Default limit 2. */
  retry?: { limit?: number };
}

/** Query values a caller may pass through `params`. */
export type ParamValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

/** Options every call shares. */
export interface CallOptions {
  /** Any other query parameter, sent as is (arrays as repeated keys). */
  params?: Record<string, ParamValue>;
  /** Aborting it ends the task with an `aborted` error state. */
  signal?: AbortSignal;
  /** Overrides the client's `deadlineMs` for this call. */
  deadlineMs?: number;
  /** Overrides the client's `poll` for this call. */
  poll?: PollOptions;
}

/** Options of a submit (`recognize`, `classify`). */
interface SubmitOptions extends CallOptions {
  /** Restrict to these document types. */
  docType?: string | readonly string[];
  returnCrops?: boolean;
  priority?: number;
  /** Submit with `async=true` and poll (default), or wait for the answer on the POST. */
  async?: boolean;
  /** File name of the multipart part; default the File's name or `document.<ext>`. */
  fileName?: string;
}

/** Options of `recognize` / `recognize$`. camelCase maps to the API's snake_case. */
export interface RecognizeOptions extends SubmitOptions {
  quality?: number;
  dpi?: number;
  pdfRawImages?: boolean;
  autoPdfRawImages?: boolean;
  mode?: string;
  withHitl?: boolean;
  hitlAsync?: boolean;
  hitlRequiredFields?: readonly string[];
  hitlSla?: string;
  checkFake?: boolean;
  /** Expected texts by field name; each field's `valid` tells whether it matched. */
  verifyFields?: Record<string, string>;
}

/** Options of `classify` / `classify$`. camelCase maps to the API's snake_case. */
export interface ClassifyOptions extends SubmitOptions {
  minShape?: number;
  minFilesize?: number;
  maxExposureScore?: number;
  minExposureScore?: number;
  maxBlurScore?: number;
}

/** Options of `result` / `result$`. */
export interface ResultOptions extends CallOptions {
  /** Which schema validates the result. Default: whichever fits. */
  service?: 'recognize' | 'classify';
}
