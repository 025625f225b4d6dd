import type { ClassifyOptions, ParamValue, RecognizeOptions } from './options';

/** Option keys that become query parameters (camelCase here, snake_case on the wire). */
const QUERY_KEYS = [
  'docType', 'quality', 'dpi', 'pdfRawImages', 'autoPdfRawImages', 'mode', 'withHitl', 'hitlAsync',
  'hitlRequiredFields', 'hitlSla', 'checkFake', 'returnCrops', 'priority', 'minShape', 'minFilesize',
  'maxExposureScore', 'minExposureScore', 'maxBlurScore',
] as const satisfies readonly (keyof RecognizeOptions | keyof ClassifyOptions)[];

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The query of a submit: only options the caller set, arrays as repeated keys, booleans as
 * `true`/`false`, and `async=true` unless `async: false`. `params` pass through as given.
 *
 * @example
 * submitQuery({ docType: ['a', 'b'] }).toString() // 'doc_type=a&doc_type=b&async=true'
 */
export function submitQuery(options: RecognizeOptions & ClassifyOptions): URLSearchParams {
  const query = new URLSearchParams();
  const record = options as Record<string, ParamValue>;
  for (const key of QUERY_KEYS) appendParam(query, snake(key), record[key]);
  appendParam(query, 'async', options.async ?? true);
  for (const [key, value] of Object.entries(options.params ?? {})) appendParam(query, key, value);
  return query;
}

function appendParam(query: URLSearchParams, key: string, value: ParamValue): void {
  if (value === undefined) return;
  const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value as string | number | boolean];
  for (const item of values) query.append(key, String(item));
}
