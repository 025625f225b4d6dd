import { HandlError } from './handl-error';
import type { HandlInput } from './options';
import { SNIFF_LENGTH, sniffType } from './sniff';

const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Builds the multipart body: the document as part `image`, always with a file name and a
 * content type, and `verify_fields` as a JSON part when given.
 */
export async function buildUpload(
  input: HandlInput,
  fileName: string | undefined,
  verifyFields: Record<string, string> | undefined,
): Promise<FormData> {
  const blob = toBlob(input);
  const declared = blob.type.split(';')[0]?.trim().toLowerCase() ?? '';
  const sniffed = sniffType(new Uint8Array(await blob.slice(0, SNIFF_LENGTH).arrayBuffer()));
  const type = GENERIC_TYPES.has(declared) ? (sniffed?.mime ?? 'application/octet-stream') : blob.type;
  const ownName = 'name' in blob && typeof blob.name === 'string' && blob.name !== '' ? blob.name : undefined;
  const name = fileName ?? ownName ?? `document.${sniffed?.extension ?? 'bin'}`;

  const form = new FormData();
  // Re-wrap so the part carries our content type even when the Blob's own was empty.
  form.append('image', type === blob.type ? blob : new Blob([blob], { type }), name);
  if (verifyFields !== undefined) {
    form.append('verify_fields', new Blob([JSON.stringify(verifyFields)], { type: 'application/json' }), 'verify_fields.json');
  }
  return form;
}

function toBlob(input: HandlInput): Blob {
  if (input instanceof Blob) return input;
  if (input instanceof ArrayBuffer) return new Blob([input]);
  if (ArrayBuffer.isView(input)) {
    return new Blob([new Uint8Array(input.buffer as ArrayBuffer, input.byteOffset, input.byteLength)]);
  }
  throw new HandlError('bad_request', '[handl-rx] unsupported input. Pass a Blob, File, ArrayBuffer or typed array');
}
