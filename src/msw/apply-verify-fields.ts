import type { RecognizeBody } from './handl-body';

/**
 * Reconciles recognised fields with the expected texts of a `verify_fields` part, as Handl
 * does (S2): each compared field gets `valid: true | false`, the others keep their value.
 * The comparison ignores case and runs of whitespace.
 * @example applyVerifyFields(fixtures.passportMain, { surname: 'Тестов' }).items[0]?.fields['surname']?.valid; // true
 */
export function applyVerifyFields(body: RecognizeBody, expected: Record<string, unknown>): RecognizeBody {
  const checked = structuredClone(body);
  for (const item of checked.items) {
    for (const [name, want] of Object.entries(expected)) {
      const field = Object.hasOwn(item.fields, name) ? item.fields[name] : undefined;
      if (field === undefined || (typeof want !== 'string' && typeof want !== 'number')) continue;
      field.valid = normalise(field.text) === normalise(String(want));
    }
  }
  return checked;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}
