import type { TaskState } from 'handl-rx';
import { h, seconds } from './dom';
import { explain } from './error-words';
import type { HttpEntry } from './http-log';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

/**
 * The live timeline of one run: every state the observable emitted, and beneath them, in
 * grey, the HTTP exchanges that led to it.
 */
export class Timeline {
  #t0 = performance.now();
  #http = new Map<number, HTMLLIElement>();

  constructor(
    private readonly list: HTMLOListElement,
    private readonly pill: HTMLElement,
  ) {
    this.reset();
  }

  reset(): void {
    this.list.replaceChildren(
      h('li', { class: 'tl-empty' }, 'Pick a document and press ', h('kbd', {}, 'Run'), '. Every state the observable emits shows up here.'),
    );
    this.#http.clear();
    this.status('idle');
  }

  start(): void {
    this.list.replaceChildren();
    this.#http.clear();
    this.#t0 = performance.now();
    this.status('running');
  }

  status(status: RunStatus): void {
    this.pill.dataset['status'] = status;
    this.pill.textContent = { idle: 'Idle', running: 'Running', done: 'Done', error: 'Error', cancelled: 'Cancelled' }[status];
  }

  /** One emitted state. `summary` describes a done result in a few words. */
  state(state: TaskState<unknown>, summary = ''): void {
    const taskId = state.taskId ? h('code', { class: 'task-id', title: state.taskId }, state.taskId) : null;
    switch (state.status) {
      case 'submitted':
        this.#add('submitted', 'Submitted', ['task ', taskId]);
        break;
      case 'pending':
        this.#add('pending', state.failure ? `Poll #${state.attempt} failed — retrying` : `Pending #${state.attempt}`, [
          state.failure ? h('span', { class: 'kind' }, state.failure.kind) : null,
          state.failure ? ` ${explain(state.failure)} · ` : '',
          `elapsed ${seconds(state.elapsedMs)} · next poll in ${seconds(state.nextPollMs)}`,
        ]);
        break;
      case 'done':
        this.#add('done', 'Done', [summary]);
        this.status('done');
        break;
      case 'error':
        this.#add('error', 'Error', [
          h('span', { class: 'kind' }, state.error.kind),
          ' ',
          explain(state.error),
          h('span', { class: 'tl-message' }, state.error.message),
        ]);
        this.status('error');
        break;
    }
  }

  /** A request, added when sent and updated when answered. */
  http(entry: HttpEntry): void {
    const status = entry.outcome
      ? h(
          'span',
          { class: `http-status s${String(entry.outcome.status).charAt(0)}` },
          entry.outcome.status === 0 ? entry.outcome.detail : String(entry.outcome.status),
        )
      : h('span', { class: 'http-status pending' }, '…');
    const detail = entry.outcome && entry.outcome.status !== 0 && entry.outcome.detail ? h('span', { class: 'http-detail' }, entry.outcome.detail) : null;
    const row = h(
      'li',
      { class: 'tl-http', 'data-http': entry.id },
      h('span', { class: 'http-method' }, entry.method),
      h('span', { class: 'http-path', title: entry.url }, entry.path),
      status,
      detail,
      h('time', {}, `+${seconds(entry.at)}`),
    );
    const existing = this.#http.get(entry.id);
    if (existing) existing.replaceWith(row);
    else this.list.append(row);
    this.#http.set(entry.id, row);
    this.#scroll();
  }

  cancelled(): void {
    this.#add('cancelled', 'Cancelled', [
      'Unsubscribed: the request in flight was aborted and no further poll is scheduled. Polling stopped.',
    ]);
    this.status('cancelled');
  }

  note(text: string, tone: 'ok' | 'bad' = 'ok'): void {
    this.list.append(h('li', { class: `tl-note ${tone}` }, text));
    this.#scroll();
  }

  #add(status: string, title: string, body: (Node | string | null)[]): void {
    this.list.append(
      h(
        'li',
        { class: `tl tl-${status}`, 'data-status': status },
        h('span', { class: 'tl-dot' }),
        h(
          'div',
          { class: 'tl-body' },
          h('div', { class: 'tl-head' }, h('strong', {}, title), h('time', {}, `+${seconds(performance.now() - this.#t0)}`)),
          h('div', { class: 'tl-text' }, ...body),
        ),
      ),
    );
    this.#scroll();
  }

  #scroll(): void {
    this.list.scrollTop = this.list.scrollHeight;
  }
}
