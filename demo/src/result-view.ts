import type { ClassifyResult, Polygon, RecognizeResult } from 'handl-rx';
import { bandOf, BANDS } from './confidence';
import { h, s } from './dom';

export interface Preview {
  url: string;
  kind: 'image' | 'pdf' | 'other';
  name: string;
}

export type ShownResult =
  | { service: 'recognize'; result: RecognizeResult }
  | { service: 'classify'; result: ClassifyResult };

/** Classifier outputs that are not document types (handl-api.md §5). */
const SPECIAL_TYPES: Record<string, string> = {
  other: 'a document of a type Handl has no model for: nothing to read',
  not_document: 'not a document (a photo, a cat …)',
  empty: 'a blank page',
};

interface Shape {
  key: string;
  polygons: Polygon[];
  band: string;
  label: string;
}

/** Renders a finished result: the document with every box drawn on it, and the table. */
export function renderResult(container: HTMLElement, shown: ShownResult, preview: Preview, notice?: string): void {
  const { shapes, table, summary } = shown.service === 'recognize' ? recognizeParts(shown.result) : classifyParts(shown.result);
  const stage = renderStage(preview, shapes);
  container.replaceChildren(
    h('div', { class: 'result-summary' }, summary),
    ...(notice ? [h('p', { class: 'notice' }, notice)] : []),
    h('div', { class: 'result-grid' }, stage, h('div', { class: 'result-table' }, table, shapes.length && shown.service === 'recognize' ? legend() : null)),
  );
  link(container);
}

function recognizeParts(result: RecognizeResult) {
  const shapes: Shape[] = [];
  const rows: HTMLTableRowElement[] = [];
  let fieldCount = 0;
  result.items.forEach((item, index) => {
    const entries = Object.entries(item.fields);
    fieldCount += entries.length;
    const page = (item as { page?: unknown }).page;
    rows.push(
      h(
        'tr',
        { class: 'item-row' },
        h(
          'th',
          { colspan: 4 },
          h('code', {}, item.doc_type),
          item.color === false ? h('span', { class: 'chip' }, 'b/w copy') : item.color ? h('span', { class: 'chip' }, 'colour') : null,
          typeof page === 'number' ? h('span', { class: 'chip' }, `page ${page + 1}`) : null,
          entries.length === 0 ? h('span', { class: 'chip muted' }, 'no fields') : null,
          SPECIAL_TYPES[item.doc_type] ? h('span', { class: 'type-note' }, SPECIAL_TYPES[item.doc_type]) : null,
          item.error ? h('span', { class: 'chip bad' }, item.error) : null,
        ),
      ),
    );
    for (const [name, field] of entries) {
      const band = bandOf(field.confidence);
      const key = `${index}:${name}`;
      shapes.push({ key, polygons: field.coords, band: band.id, label: name });
      rows.push(
        h(
          'tr',
          { class: 'field-row', 'data-key': key, tabindex: 0 },
          h('td', { class: 'field-name' }, name),
          h('td', { class: name.startsWith('mrz') ? 'field-text mono' : 'field-text' }, field.text || h('em', { class: 'muted' }, 'empty')),
          h(
            'td',
            { class: 'field-conf', title: `${band.label} (${band.range})` },
            h('span', { class: `bar band-${band.id}` }, h('span', { style: `width:${Math.max(2, field.confidence * 100)}%` })),
            h('span', { class: 'conf-value' }, field.confidence.toFixed(2)),
            h('span', { class: `conf-band band-${band.id}` }, band.label),
          ),
          h('td', { class: 'field-valid' }, validCell(field.valid)),
        ),
      );
    }
  });
  const table = h(
    'table',
    { class: 'fields' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Text'), h('th', {}, 'Confidence'), h('th', {}, 'valid'))),
    h('tbody', {}, ...rows),
  );
  const docs = result.items.length;
  const summary =
    docs === 0
      ? 'No document found: the service returned no items (not a document, or not of the requested types).'
      : `${docs} document${docs === 1 ? '' : 's'} · ${fieldCount} field${fieldCount === 1 ? '' : 's'}${result.pages_count ? ` · ${result.pages_count} page${result.pages_count === 1 ? '' : 's'}` : ''}`;
  return { shapes, table: docs === 0 ? h('div', { class: 'empty-state' }, 'Nothing to show.') : table, summary };
}

function classifyParts(result: ClassifyResult) {
  const shapes: Shape[] = [];
  const rows = result.items.map((item, index) => {
    const key = `doc:${index}`;
    if (item.document.coords) shapes.push({ key, polygons: [item.document.coords], band: 'document', label: item.document.type });
    return h(
      'tr',
      { class: 'field-row', 'data-key': key, tabindex: 0 },
      h('td', { class: 'field-name' }, String(index + 1)),
      h('td', {}, h('code', {}, item.document.type), SPECIAL_TYPES[item.document.type] ? h('div', { class: 'type-note' }, SPECIAL_TYPES[item.document.type]) : null),
      h('td', {}, item.document.rotation ?? '—'),
      h('td', {}, typeof item.document.page === 'number' ? String(item.document.page + 1) : '—'),
      h('td', {}, item.crop ? h('img', { class: 'crop', src: item.crop, alt: `crop of ${item.document.type}` }) : h('span', { class: 'muted' }, 'not returned')),
    );
  });
  const table = h(
    'table',
    { class: 'fields' },
    h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'Type'), h('th', {}, 'Rotation'), h('th', {}, 'Page'), h('th', {}, 'Crop'))),
    h('tbody', {}, ...rows),
  );
  const docs = result.items.length;
  return { shapes, table, summary: docs === 0 ? 'No document found.' : `${docs} document${docs === 1 ? '' : 's'} classified` };
}

function validCell(valid: boolean | null): Node | string {
  if (valid === true) return h('span', { class: 'valid yes', title: 'matches verify_fields' }, '✓ match');
  if (valid === false) return h('span', { class: 'valid no', title: 'differs from verify_fields' }, '✗ differs');
  return h('span', { class: 'muted', title: 'not checked (no verify_fields for it)' }, '—');
}

function renderStage(preview: Preview, shapes: Shape[]): HTMLElement {
  if (preview.kind !== 'image') {
    return h(
      'div',
      { class: 'stage stage-placeholder' },
      h('div', { class: 'doc-icon' }, preview.kind === 'pdf' ? 'PDF' : 'FILE'),
      h('p', {}, preview.name),
      h('p', { class: 'muted' }, 'No preview is drawn for this file type; the coordinates are in the table and the raw JSON.'),
    );
  }
  const svg = s('svg', { class: 'overlay', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  const img = h('img', { src: preview.url, alt: preview.name });
  // viewBox in the image's own pixels: the API's coords land where they belong at any display size.
  const size = () => {
    svg.setAttribute('viewBox', `0 0 ${img.naturalWidth} ${img.naturalHeight}`);
    svg.dataset['ready'] = 'true';
  };
  if (img.complete && img.naturalWidth) size();
  else img.addEventListener('load', size, { once: true });
  for (const shape of shapes) {
    const group = s('g', { class: `shape band-${shape.band}`, 'data-key': shape.key }, s('title', {}, shape.label));
    for (const polygon of shape.polygons) {
      group.append(s('polygon', { points: polygon.map(([x, y]) => `${x},${y}`).join(' '), 'vector-effect': 'non-scaling-stroke' }));
    }
    svg.append(group);
  }
  return h('div', { class: 'stage' }, h('div', { class: 'stage-frame' }, img, svg));
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Confidence bands as documented by Handl' },
    ...BANDS.map((band) => h('li', {}, h('span', { class: `swatch band-${band.id}` }), `${band.range} ${band.label}`)),
  );
}

/** Hover links a box and its row both ways; a click pins the selection. */
function link(container: HTMLElement): void {
  const all = (key: string) => container.querySelectorAll<Element>(`[data-key="${CSS.escape(key)}"]`);
  const keyOf = (event: Event) => (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key') ?? null;
  let hot: string | null = null;
  const setHot = (key: string | null) => {
    if (key === hot) return;
    if (hot) all(hot).forEach((el) => el.classList.remove('hot'));
    hot = key;
    if (key) all(key).forEach((el) => el.classList.add('hot'));
  };
  container.addEventListener('pointerover', (event) => setHot(keyOf(event)));
  container.addEventListener('pointerleave', () => setHot(null));
  container.addEventListener('click', (event) => {
    const key = keyOf(event);
    if (!key) return;
    const wasSelected = all(key)[0]?.classList.contains('selected');
    container.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
    if (!wasSelected) {
      all(key).forEach((el) => el.classList.add('selected'));
      // From a box, bring its row into view (the table may scroll).
      if ((event.target as Element).closest('svg')) container.querySelector(`tr[data-key="${CSS.escape(key)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  });
}
