import type { MockEnvelope } from './handl-body';

const ENVELOPE_NULLS = {
  detail: [],
  items: [],
  task_id: null,
  code: null,
  message: null,
  errno: null,
  traceback: null,
  fake: null,
} as const satisfies MockEnvelope<never>;

/**
 * A fresh copy of `body` as the server would send it: every envelope key present (missing
 * ones `null`), and `task_id` set to the given id (`null` for sync answers).
 * @example HttpResponse.json(envelope(fixtures.notDone, task.id), { status: 202 });
 */
export function envelope<TBody extends MockEnvelope<unknown>>(body: TBody, taskId: string | null): TBody {
  return { ...structuredClone(ENVELOPE_NULLS), ...structuredClone(body), task_id: taskId };
}
