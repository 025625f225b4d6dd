import type { FaultRule } from './fault-rule';
import { fixtures } from './fixtures';
import type { ClassifyBody, RecognizeBody } from './handl-body';
import type { MockRequest } from './mock-request';
import type { TaskOutcome } from './mock-task';

/**
 * A body, or a function of the recorded request (file, query, `verify_fields`) returning one.
 * Functions run once per submit; for async tasks the result is kept until it is polled.
 * @example const source: ResultSource<RecognizeBody> = (req) => (req.file?.size === 0 ? fixtures.notDocument : fixtures.passportMain);
 */
export type ResultSource<TBody> = TBody | ((request: MockRequest) => TBody | Promise<TBody>);

/**
 * Options of {@link createHandlMock}; every one is optional.
 * @example createHandlMock({ baseUrl: 'https://proxy.example/handl/', token: 'test-token', pendingPolls: 0 });
 */
export interface HandlMockOptions {
  /** Where the mock answers; may carry a path; trailing slash or not. Default `https://latest.handl.io`. */
  baseUrl?: string | undefined;
  /** License key to demand (query `token` or `Authorization: Token …`); omit to accept any request, like on-premise. */
  token?: string | undefined;
  /** Polls answered 202 before a task is done. Default 2. */
  pendingPolls?: number;
  /** Instead of `pendingPolls`: a task is done once this many ms (by `Date.now()`) passed since submit. Sync calls still answer at once. */
  processingMs?: number | undefined;
  /**
   * Recognize result per `doc_type`: a whole envelope (like `fixtures.passportMain`). A request
   * gets one envelope holding the items of every requested `doc_type` that has a body here or
   * among the built-ins (`passport_main`, `passport_registration`, `driver_license_2011_front`);
   * no `doc_type` means `passport_main`. Map `passport_main` to `fixtures.notDocument` for a
   * "no document found" answer.
   */
  results?: Record<string, ResultSource<RecognizeBody>>;
  /** Classify result, served as given. Default `fixtures.classify`, filtered by `doc_type` and `return_crops=false`. */
  classify?: ResultSource<ClassifyBody>;
  /** Fault rules in place from the start; they survive `reset()`. */
  faults?: readonly FaultRule[];
  /** How new tasks end. Default `normal`. For sync calls `fail` answers 500 `errno: 10` and `never` hangs until aborted. */
  task?: TaskOutcome;
}

/**
 * {@link HandlMockOptions} after defaults, checked once.
 * @example const settings = resolveMockOptions({}); settings.pendingPolls; // 2
 */
export interface ResolvedMockOptions {
  baseUrl: string;
  basePath: string;
  token: string | undefined;
  pendingPolls: number;
  processingMs: number | undefined;
  results: Readonly<Record<string, ResultSource<RecognizeBody>>>;
  classify: ResultSource<ClassifyBody> | undefined;
  faults: readonly FaultRule[];
  task: TaskOutcome;
}

const MOCK_DEFAULTS = /* @__PURE__ */ Object.freeze({ baseUrl: 'https://latest.handl.io', pendingPolls: 2, task: 'normal' } as const);

/**
 * Merges options over the defaults and rejects impossible values with a `[handl-rx]` message.
 * @example resolveMockOptions({ baseUrl: 'http://127.0.0.1:8080/' }).baseUrl; // 'http://127.0.0.1:8080'
 */
export function resolveMockOptions(options: HandlMockOptions): ResolvedMockOptions {
  const pendingPolls = options.pendingPolls ?? MOCK_DEFAULTS.pendingPolls;
  if (!Number.isInteger(pendingPolls) || pendingPolls < 0) {
    throw new RangeError('[handl-rx] invalid mock option — `pendingPolls` must be a whole number from 0');
  }
  const { processingMs } = options;
  if (processingMs !== undefined && !(Number.isFinite(processingMs) && processingMs >= 0)) {
    throw new RangeError('[handl-rx] invalid mock option — `processingMs` must be a finite number from 0');
  }
  const baseUrl = (options.baseUrl ?? MOCK_DEFAULTS.baseUrl).replace(/\/+$/, '');
  const basePath = /^[a-z][a-z\d+.-]*:/i.test(baseUrl) ? new URL(baseUrl).pathname.replace(/\/+$/, '') : baseUrl;
  return {
    baseUrl,
    basePath,
    token: options.token,
    pendingPolls,
    processingMs,
    results: {
      passport_main: () => fixtures.passportMain,
      passport_registration: () => fixtures.passportRegistration,
      driver_license_2011_front: () => fixtures.driverLicense2011Front,
      ...options.results,
    },
    classify: options.classify,
    faults: options.faults ?? [],
    task: options.task ?? MOCK_DEFAULTS.task,
  };
}

/**
 * The body a {@link ResultSource} gives for a request, as a fresh copy the caller may change.
 * @example const body = await resolveSource(settings.classify ?? fixtures.classify, record);
 */
export async function resolveSource<TBody>(source: ResultSource<TBody>, request: MockRequest): Promise<TBody> {
  // `typeof` cannot narrow a bare type parameter; bodies are plain JSON, so a function is the resolver.
  const body = typeof source === 'function' ? await (source as (request: MockRequest) => TBody | Promise<TBody>)(request) : source;
  return structuredClone(body);
}
