import { BEHAVIOURS, behaviourById, type Behaviour, type Mode } from './behaviours';
import { h } from './dom';

export type Service = 'recognize' | 'classify';

/** What the request controls say right now. */
export interface RequestChoice {
  service: Service;
  mode: Mode;
  docTypes: string[];
  verifyFields: Record<string, string> | undefined;
  behaviour: Behaviour;
}

interface FormElements {
  chips: HTMLElement;
  extraTypes: HTMLInputElement;
  verify: HTMLInputElement;
  behaviours: HTMLElement;
}

/** Offered as chips; any other type can be typed in. */
const DOC_TYPES = ['passport_main', 'driver_license_2011_front', 'passport_registration'];

export function buildRequestForm(ui: FormElements): void {
  for (const type of DOC_TYPES) {
    ui.chips.append(h('label', { class: 'chip-toggle' }, h('input', { type: 'checkbox', value: type }), h('span', {}, type)));
  }
  BEHAVIOURS.forEach((b, index) => {
    ui.behaviours.append(
      h(
        'label',
        { class: 'behaviour', title: b.server },
        h('input', { type: 'radio', name: 'behaviour', value: b.id, checked: index === 0 }),
        h('span', {}, b.label),
      ),
    );
  });
}

export function readRequestForm(ui: FormElements): RequestChoice {
  const radio = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  const ticked = [...ui.chips.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  const typed = ui.extraTypes.value.split(/[\s,]+/).filter(Boolean);
  const service: Service = radio('service') === 'classify' ? 'classify' : 'recognize';
  return {
    service,
    mode: radio('mode') === 'sync' ? 'sync' : 'async',
    docTypes: [...new Set([...ticked, ...typed])],
    verifyFields: service === 'recognize' ? parsePairs(ui.verify.value) : undefined,
    behaviour: behaviourById(radio('behaviour')),
  };
}

/** Disables the behaviours that make no sense now (all but the mock's; async-only ones in sync mode). */
export function syncBehaviours(ui: FormElements, enabled: boolean, mode: Mode): void {
  for (const input of ui.behaviours.querySelectorAll<HTMLInputElement>('input')) {
    input.disabled = !enabled || (mode === 'sync' && behaviourById(input.value).asyncOnly === true);
    if (input.disabled && input.checked && enabled) {
      const normal = ui.behaviours.querySelector<HTMLInputElement>('input[value="normal"]');
      if (normal) normal.checked = true;
    }
  }
}

/** `surname=ERIKSSON, sex=F` → `{ surname: 'ERIKSSON', sex: 'F' }`; nothing usable → undefined. */
function parsePairs(text: string): Record<string, string> | undefined {
  const pairs = text
    .split(',')
    .map((part) => part.split('='))
    .filter((kv): kv is [string, string] => kv.length === 2 && (kv[0] ?? '').trim() !== '')
    .map(([key, value]) => [key.trim(), value.trim()] as const);
  return pairs.length ? Object.fromEntries(pairs) : undefined;
}
