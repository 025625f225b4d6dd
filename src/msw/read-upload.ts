import type { DetailIssue } from './handl-body';
import type { MockFileInfo } from './mock-request';
import { sha256Hex } from './sha256-hex';

/**
 * What a submit carried in its multipart body, and the 422 problems found in it.
 * @example const { file, issues } = await readUpload(request);
 */
export interface Upload {
  file?: MockFileInfo;
  /** Present when a `verify_fields` part was sent: its parsed JSON, or its raw text if unparsable. */
  verifyFields?: unknown;
  issues: DetailIssue[];
}

/**
 * Parses the multipart body of a `/recognize` or `/classify` request like Handl's FastAPI
 * would: the first `image` part must be a file; `verify_fields`, when sent, a file holding a
 * JSON object.
 * A body that is not multipart at all counts as a missing `image`.
 * @example const upload = await readUpload(request); if (upload.issues.length) return unprocessable(upload.issues);
 */
export async function readUpload(request: Request): Promise<Upload> {
  const form = await request.formData().catch(() => new FormData());
  const issues: DetailIssue[] = [];
  const upload: Upload = { issues };

  const image = form.get('image');
  if (image === null) {
    issues.push({ loc: ['body', 'image'], msg: 'field required', type: 'value_error.missing' });
  } else if (typeof image === 'string') {
    issues.push({ loc: ['body', 'image'], msg: "Expected UploadFile, received: <class 'str'>", type: 'value_error' });
  } else {
    const bytes = await image.arrayBuffer();
    upload.file = { name: image.name, type: image.type, size: bytes.byteLength, sha256: await sha256Hex(bytes) };
  }

  const verifyPart = form.get('verify_fields');
  if (verifyPart !== null) {
    const text = typeof verifyPart === 'string' ? verifyPart : await verifyPart.text();
    const parsed = parseJson(text);
    upload.verifyFields = parsed.ok ? parsed.value : text;
    if (typeof verifyPart === 'string') {
      // Handl takes a JSON *file* part, like `image`; a plain form field is not read as one.
      issues.push({ loc: ['body', 'verify_fields'], msg: "Expected UploadFile, received: <class 'str'>", type: 'value_error' });
    } else if (!parsed.ok) {
      issues.push({ loc: ['body', 'verify_fields'], msg: 'Invalid JSON', type: 'value_error.json' });
    } else if (!isPlainObject(parsed.value)) {
      issues.push({ loc: ['body', 'verify_fields'], msg: 'value is not a valid dict', type: 'type_error.dict' });
    }
  }
  return upload;
}

/**
 * Whether a value is a JSON object (not an array, not null).
 * @example isPlainObject({ surname: 'ТЕСТОВ' }); // true
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
