import type { HandlError } from 'handl-rx';
import { h } from './dom';
import { explain } from './error-words';

/** The result area after an error state: its kind, what it means, and the SDK's message. */
export function renderErrorCard(error: HandlError, resume?: { taskId: string; onClick: () => void }): HTMLElement {
  return h(
    'div',
    { class: 'error-card' },
    h(
      'div',
      { class: 'error-kind' },
      h('span', { class: 'kind' }, error.kind),
      [error.status ? `HTTP ${error.status}` : '', error.retryable ? 'retryable: trying again later may work' : 'not retryable'].filter(Boolean).join(' · '),
    ),
    h('p', { class: 'error-words' }, explain(error)),
    h('p', { class: 'error-message' }, error.message),
    resume ? h('button', { type: 'button', class: 'secondary', onclick: resume.onClick }, `Resume with result$('${resume.taskId}')`) : null,
  );
}

/** What the raw-JSON view shows for an error: its own fields (an Error's JSON would be `{}`). */
export function errorJson(error: HandlError): string {
  const { name, kind, status, errno, taskId, retryable, message, body } = error;
  return JSON.stringify({ name, kind, status, errno, taskId, retryable, message, body }, null, 2);
}
