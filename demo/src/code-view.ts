import type { ClassifyOptions, RecognizeOptions } from 'handl-rx';
import type { Connection } from './connection';
import { h } from './dom';

export interface CallPlan {
  service: 'recognize' | 'classify';
  fileName: string;
  connection: Connection;
  options: RecognizeOptions & ClassifyOptions;
}

/** The call the Run button makes, as the code an app would write. */
export function renderCode(plan: CallPlan): HTMLElement {
  const client =
    plan.connection.kind === 'handl'
      ? `createHandl({ ${plan.connection.baseUrl !== 'https://latest.handl.io' ? `baseUrl: '${plan.connection.baseUrl}', ` : ''}token: '•••'${plan.connection.auth === 'header' ? ", auth: 'header'" : ''} })`
      : plan.connection.kind === 'proxy'
        ? `createHandl({ baseUrl: '${plan.connection.baseUrl}' })`
        : 'createHandl()';
  const entries = Object.entries(plan.options).map(([key, value]) => `${key}: ${literal(value)}`);
  const args = entries.length ? `file, { ${entries.join(', ')} }` : 'file';
  return h(
    'code',
    {},
    h('span', { class: 'c-kw' }, 'const'),
    ' handl = ',
    tokens(client),
    ';\n',
    'handl.',
    h('span', { class: 'c-fn' }, `${plan.service}$`),
    '(',
    tokens(args),
    ').',
    h('span', { class: 'c-fn' }, 'subscribe'),
    '(render);',
  );
}

function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  return String(value);
}

/** Colours string literals; enough highlighting for one line of code. */
function tokens(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of text.split(/('[^']*')/)) {
    fragment.append(part.startsWith("'") ? h('span', { class: 'c-str' }, part) : part);
  }
  return fragment;
}
