import { HttpResponse } from 'msw';
import { envelope } from './envelope';
import { fixtures } from './fixtures';
import type { DetailIssue, MockEnvelope } from './handl-body';

/**
 * The answers Handl itself gives (as opposed to faults), as msw responses.
 * @example return handlResponses.notFound();
 */
export const handlResponses = {
  /** 200 with an envelope; `taskId` is `null` for sync answers. */
  ok: (body: MockEnvelope<unknown>, taskId: string | null): Response => HttpResponse.json(envelope(body, taskId)),
  /** 202, the task is still running (`errno: 9`). */
  notDone: (taskId: string): Response => HttpResponse.json(envelope(fixtures.notDone, taskId), { status: 202 }),
  /** 404, no such task, or it expired (`errno: 8`). */
  notFound: (): Response => HttpResponse.json(fixtures.notFound, { status: 404 }),
  /** 500, the task failed (`errno: 10`). */
  taskFailed: (taskId: string | null): Response => HttpResponse.json(envelope(fixtures.taskFailed, taskId), { status: 500 }),
  /** 403, missing or wrong license key. */
  forbidden: (): Response => HttpResponse.json(fixtures.license403, { status: 403 }),
  /** 422, FastAPI validation problems. */
  unprocessable: (detail: DetailIssue[]): Response => HttpResponse.json({ detail }, { status: 422 }),
  /** 405, what FastAPI answers for a known path with another method. */
  methodNotAllowed: (allow: string): Response =>
    HttpResponse.json({ detail: 'Method Not Allowed' }, { status: 405, headers: { Allow: allow } }),
} as const;
