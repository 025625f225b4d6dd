import { createHandl, type ClassifyResult, type Handl, type RecognizeResult, type TaskState } from 'handl-rx';
import type { Observable, Subscription } from 'rxjs';
import { ANNOTATED } from './annotations';
import { renderCode, type CallPlan } from './code-view';
import { describeConnection, HANDL_URL, loadConnection, saveConnection, type Connection } from './connection';
import { createDocumentPicker, type Selection } from './document-picker';
import { byId, h } from './dom';
import { errorJson, renderErrorCard } from './error-card';
import { createHttpLog } from './http-log';
import { buildRequestForm, readRequestForm, syncBehaviours, type RequestChoice, type Service } from './request-form';
import { renderResult } from './result-view';
import { publicUrl, SAMPLES, type Sample } from './samples';
import { createSettingsDialog } from './settings-dialog';
import { Timeline } from './timeline';
import './styles.css';

type AnyState = TaskState<RecognizeResult | ClassifyResult>;

/** After Cancel, the timeline watches this long and reports whether any request followed. */
const CANCEL_WATCH_MS = 3000;

const ui = {
  samples: byId('samples'),
  fileInput: byId<HTMLInputElement>('file-input'),
  dropzone: byId('dropzone'),
  dropText: byId('drop-text'),
  chips: byId('doc-type-chips'),
  extraTypes: byId<HTMLInputElement>('doc-type-extra'),
  verify: byId<HTMLInputElement>('verify'),
  verifyRow: byId('verify-row'),
  behaviours: byId('behaviours'),
  behaviourBlock: byId('behaviour-block'),
  behaviourOff: byId('behaviour-off'),
  behaviourInfo: byId('behaviour-info'),
  run: byId<HTMLButtonElement>('run'),
  cancel: byId<HTMLButtonElement>('cancel'),
  code: byId('code'),
  result: byId('result'),
  rawJson: byId('raw-json'),
  toggleJson: byId<HTMLButtonElement>('toggle-json'),
  connection: byId<HTMLButtonElement>('connection'),
  connLabel: byId('conn-label'),
  connDetail: byId('conn-detail'),
};

const timeline = new Timeline(byId<HTMLOListElement>('timeline'), byId('run-status'));

// msw and the mock load only when the mock is used: a session against a real server never downloads them.
type MockServer = typeof import('./mock-server');
let mockServer: Promise<MockServer> | undefined;
let mockLoaded: MockServer | undefined;
let mockReady: Promise<void> = Promise.resolve();
const loadMock = () => (mockServer ??= import('./mock-server'));
const mockRequests = () => mockLoaded?.mockRequests() ?? [];

let connection: Connection = loadConnection();
let selection: Selection | undefined;
let subscription: Subscription | undefined;
let runId = 0;

// Every request the SDK sends goes through this fetch. An entry belongs to the run that sent
// it, so a late answer from an old run never lands in a new timeline.
const entryRun = new Map<number, number>();
const http = createHttpLog((entry) => {
  if (!entryRun.has(entry.id)) entryRun.set(entry.id, runId);
  if (entryRun.get(entry.id) === runId) timeline.http(entry);
});

// ---- what the next run will do ------------------------------------------------------------------

function plan(choice: RequestChoice): CallPlan {
  const { docTypes, mode, verifyFields, behaviour } = choice;
  return {
    service: choice.service,
    fileName: selection?.file.name ?? 'file',
    connection,
    options: {
      ...(docTypes.length ? { docType: docTypes } : {}),
      ...(mode === 'sync' ? { async: false } : {}),
      ...(connection.kind === 'mock' && behaviour.deadlineMs !== undefined ? { deadlineMs: behaviour.deadlineMs } : {}),
      ...(verifyFields ? { verifyFields } : {}),
    },
  };
}

function refresh(): void {
  const isMock = connection.kind === 'mock';
  syncBehaviours(ui, isMock, readRequestForm(ui).mode);
  const choice = readRequestForm(ui);
  ui.behaviourBlock.classList.toggle('off', !isMock);
  ui.behaviourOff.hidden = isMock;
  ui.behaviourInfo.hidden = !isMock;
  ui.behaviourInfo.textContent = `${choice.behaviour.server}${choice.behaviour.asyncOnly ? ' Async only.' : ''}`;
  ui.verifyRow.hidden = choice.service !== 'recognize';
  ui.run.disabled = !selection || subscription !== undefined;
  ui.code.replaceChildren(renderCode(plan(choice)));
  const { label, detail } = describeConnection(connection);
  ui.connLabel.textContent = label;
  ui.connDetail.textContent = detail;
  ui.connection.dataset['kind'] = connection.kind;
}

// ---- running a task -------------------------------------------------------------------------------

function client(): Handl {
  switch (connection.kind) {
    case 'mock':
      // The mock answers at the SDK's default URL, so this is the code a real app runs.
      return createHandl({ fetch: http.fetch });
    case 'handl':
      return createHandl({ baseUrl: connection.baseUrl || HANDL_URL, token: connection.token, auth: connection.auth, fetch: http.fetch });
    case 'proxy':
      return createHandl({ baseUrl: connection.baseUrl, fetch: http.fetch });
  }
}

async function run(): Promise<void> {
  if (!selection || subscription) return;
  const current = selection;
  const choice = readRequestForm(ui);
  const call = plan(choice);
  const id = ++runId;
  timeline.start();
  http.restart();
  showResult(null);
  setRunning(true);
  if (connection.kind === 'mock') {
    try {
      await mockReady;
      (await loadMock()).armMock(choice.behaviour, choice.mode);
    } catch (error) {
      timeline.note(`The mock could not start: ${(error as Error).message}`, 'bad');
      timeline.status('error');
      setRunning(false);
      return;
    }
  }
  if (id !== runId || ui.cancel.disabled) return; // cancelled while the mock was being armed
  const handl = client();
  const source$: Observable<AnyState> =
    call.service === 'recognize' ? handl.recognize$(current.file, call.options) : handl.classify$(current.file, call.options);
  follow(source$, id, call.service, current, handl);
}

/** Picks a task up again by id, as an app would after a reload: `result$` emits no `submitted`. */
function resume(handl: Handl, taskId: string, service: Service, current: Selection): void {
  if (subscription) return;
  const id = ++runId;
  timeline.note(`Resuming task ${taskId} with result$ …`);
  timeline.status('running');
  setRunning(true);
  const { deadlineMs } = readRequestForm(ui).behaviour;
  const options = { service, ...(connection.kind === 'mock' && deadlineMs ? { deadlineMs } : {}) };
  follow(handl.result$(taskId, options), id, service, current, handl);
}

function follow(source$: Observable<AnyState>, id: number, service: Service, current: Selection, handl: Handl): void {
  subscription = source$.subscribe({
    next: (state) => {
      if (id === runId) onState(state, service, current, handl);
    },
    complete: () => {
      if (id === runId) setRunning(false);
    },
  });
}

function onState(state: AnyState, service: Service, current: Selection, handl: Handl): void {
  if (state.status === 'done') {
    timeline.state(state, summarize(state.result));
    showResult(state.result);
    const shown =
      service === 'recognize' ? { service, result: state.result as RecognizeResult } : { service, result: state.result as ClassifyResult };
    renderResult(ui.result, shown, current.preview, mockNotice(current));
    return;
  }
  timeline.state(state);
  if (state.status !== 'error') return;
  const { error, taskId } = state;
  const canResume = error.kind === 'deadline' && taskId !== null;
  ui.result.replaceChildren(
    renderErrorCard(error, canResume ? { taskId, onClick: () => resume(handl, taskId, service, current) } : undefined),
  );
  ui.rawJson.textContent = errorJson(error);
  ui.toggleJson.disabled = false;
}

function cancel(): void {
  if (ui.cancel.disabled) return;
  subscription?.unsubscribe();
  setRunning(false);
  timeline.cancelled();
  const id = runId;
  const sentAtCancel = http.count;
  setTimeout(() => {
    if (id !== runId) return;
    const after = http.count - sentAtCancel;
    if (after === 0) timeline.note(`No request was sent in the ${CANCEL_WATCH_MS / 1000} s after Cancel.`);
    else timeline.note(`${after} request(s) were sent after Cancel — that is a bug.`, 'bad');
  }, CANCEL_WATCH_MS);
}

function setRunning(running: boolean): void {
  if (!running) subscription = undefined;
  ui.run.disabled = running || !selection;
  ui.cancel.disabled = !running;
  document.body.dataset['running'] = String(running);
}

function summarize(result: RecognizeResult | ClassifyResult): string {
  const items = result.items as { fields?: object }[];
  if (items.length === 0) return 'No document found.';
  const fields = items.reduce((n, item) => n + Object.keys(item.fields ?? {}).length, 0);
  return `${items.length} document${items.length === 1 ? '' : 's'}${'fields' in (items[0] ?? {}) ? `, ${fields} fields` : ''}.`;
}

/** Says so when the mock answered a file it has no annotations for. */
function mockNotice(current: Selection): string | undefined {
  if (connection.kind !== 'mock' || current.sample) return undefined;
  const sha = mockRequests().find((r) => r.file)?.file?.sha256;
  if (sha && ANNOTATED.has(sha)) return undefined;
  return 'This file is not one of the bundled samples, so the mock answered with its generic fixture: the boxes belong to another image. Connect to Handl or your proxy (Settings) for a real reading.';
}

function showResult(result: unknown): void {
  ui.rawJson.textContent = result === null ? '' : JSON.stringify(result, null, 2);
  ui.toggleJson.disabled = result === null;
  if (result === null) ui.result.replaceChildren(h('div', { class: 'empty-state' }, 'Waiting for the result…'));
}

// ---- connection ---------------------------------------------------------------------------------

function applyConnection(next: Connection): void {
  cancel();
  connection = next;
  saveConnection(next);
  if (next.kind === 'mock') {
    mockReady = loadMock().then(async (server) => {
      mockLoaded = server;
      await server.startMockWorker();
      document.body.dataset['mock'] = 'ready';
    });
    mockReady.catch((error: Error) => {
      ui.connDetail.textContent = `the mock could not start: ${error.message}`;
    });
  } else {
    mockReady = Promise.resolve();
    void mockServer?.then((server) => server.stopMockWorker());
    delete document.body.dataset['mock'];
  }
  refresh();
}

// ---- start --------------------------------------------------------------------------------------

const picker = createDocumentPicker(ui, (next) => {
  selection = next;
  refresh();
});
buildRequestForm(ui);
const settings = createSettingsDialog(byId<HTMLDialogElement>('settings'), byId<HTMLFormElement>('settings-form'), applyConnection);

byId<HTMLAnchorElement>('licence-link').href = publicUrl('samples/SOURCES.md');
for (const type of ['input', 'change']) document.querySelector('.controls')?.addEventListener(type, refresh);
ui.run.addEventListener('click', () => void run());
ui.cancel.addEventListener('click', cancel);
ui.connection.addEventListener('click', () => settings.open(connection));
ui.toggleJson.addEventListener('click', () => {
  const show = ui.rawJson.hidden;
  ui.rawJson.hidden = !show;
  ui.toggleJson.setAttribute('aria-pressed', String(show));
  ui.toggleJson.textContent = show ? 'Hide JSON' : 'Raw JSON';
});

applyConnection(connection);
void picker.chooseSample(SAMPLES[0] as Sample);

// For the e2e test: how many requests the SDK sent, and what the mock saw.
Object.assign(window, {
  handlDemo: {
    requestsSent: () => http.count,
    mockRequests: () => mockRequests().map((r) => ({ method: r.method, path: r.path, status: r.status, fault: r.fault })),
  },
});
