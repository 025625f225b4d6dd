import { applyVerifyFields } from './apply-verify-fields';
import { fixtures } from './fixtures';
import type { RecognizeBody } from './handl-body';
import { resolveSource, type ResultSource } from './handl-mock-options';
import type { MockRequest } from './mock-request';
import { isPlainObject } from './read-upload';

/**
 * The `/recognize` result for a request: one envelope holding the items of each requested
 * `doc_type` (repeated keys, duplicates once, default `passport_main`) that has a source,
 * with `verify_fields` applied. No source for any of them gives `fixtures.notDocument`.
 * @example await buildRecognizeResult(settings.results, record); // { items: [{ doc_type: 'passport_main', … }], … }
 */
export async function buildRecognizeResult(
  sources: Readonly<Record<string, ResultSource<RecognizeBody>>>,
  request: MockRequest,
): Promise<RecognizeBody> {
  const docTypes = [...new Set(request.query['doc_type'] ?? ['passport_main'])];
  const bodies: RecognizeBody[] = [];
  for (const docType of docTypes) {
    const source = Object.hasOwn(sources, docType) ? sources[docType] : undefined;
    if (source !== undefined) bodies.push(await resolveSource(source, request));
  }
  const merged = mergeBodies(bodies);
  return isPlainObject(request.verifyFields) ? applyVerifyFields(merged, request.verifyFields) : merged;
}

function mergeBodies(bodies: RecognizeBody[]): RecognizeBody {
  const [first, ...rest] = bodies;
  if (first === undefined) return fixtures.notDocument;
  if (rest.length === 0) return first;
  return {
    ...first,
    items: bodies.flatMap((body) => body.items),
    pages_count: Math.max(...bodies.map((body) => body.pages_count ?? 1)),
    docs_count: bodies.reduce((sum, body) => sum + (body.docs_count ?? body.items.length), 0),
  };
}
