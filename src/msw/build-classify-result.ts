import { fixtures } from './fixtures';
import type { ClassifyBody } from './handl-body';
import { resolveSource, type ResultSource } from './handl-mock-options';
import type { MockRequest } from './mock-request';
import { queryFlag } from './validate-query';

/**
 * The `/classify` result for a request: the `classify` option as given, or else
 * `fixtures.classify` restricted to the requested `doc_type`s and without crops when
 * `return_crops=false`, as Handl would answer.
 * @example await buildClassifyResult(undefined, record, new URLSearchParams('return_crops=false'));
 */
export async function buildClassifyResult(
  source: ResultSource<ClassifyBody> | undefined,
  request: MockRequest,
  params: URLSearchParams,
): Promise<ClassifyBody> {
  if (source !== undefined) return resolveSource(source, request);
  const body = fixtures.classify;
  const wanted = params.getAll('doc_type');
  const withCrops = queryFlag(params, 'return_crops') !== false;
  const items = body.items
    .filter((item) => wanted.length === 0 || wanted.includes(item.document.type))
    .map(({ crop, ...item }) => (withCrops && crop !== undefined ? { ...item, crop } : item));
  return { ...body, items, docs_count: items.length };
}
