import type { DetailIssue } from './handl-body';

type Kind = 'int' | 'float' | 'bool';
interface ParamRule {
  kind: Kind;
  gt?: number;
  ge?: number;
  le?: number;
}

const BOOL = { kind: 'bool' } as const;
const COMMON_PARAMS: Record<string, ParamRule> = {
  async: BOOL,
  return_crops: BOOL,
  priority: { kind: 'int', ge: 1 },
  quality: { kind: 'int', ge: 0, le: 100 },
  dpi: { kind: 'int', ge: 0 },
  gauss: { kind: 'int', ge: 0 },
  pdf_raw_images: BOOL,
  auto_pdf_raw_images: BOOL,
  with_hitl: BOOL,
  hitl_async: BOOL,
  check_fake: BOOL,
  simple_cropper: BOOL,
  use_internal_api: BOOL,
  normalization_fias: BOOL,
};
const CLASSIFY_PARAMS: Record<string, ParamRule> = {
  ...COMMON_PARAMS,
  min_shape: { kind: 'int', gt: 0 },
  min_filesize: { kind: 'int', gt: 0 },
  max_exposure_score: { kind: 'float', gt: 0 },
  min_exposure_score: { kind: 'float', gt: 0 },
  max_blur_score: { kind: 'float', gt: 0 },
};

// pydantic v1 accepts these spellings for a bool query parameter.
const TRUE_WORDS = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_WORDS = new Set(['0', 'off', 'f', 'false', 'n', 'no']);
const TYPE_ISSUES: Record<Kind, Omit<DetailIssue, 'loc'>> = {
  int: { msg: 'value is not a valid integer', type: 'type_error.integer' },
  float: { msg: 'value is not a valid float', type: 'type_error.float' },
  bool: { msg: 'value could not be parsed to a boolean', type: 'type_error.bool' },
};

/**
 * Validates the typed query parameters of `/recognize` or `/classify` the way Handl's
 * FastAPI layer does (pydantic v1 wording), e.g. `quality` must be an integer in 0..100.
 * Unknown parameters pass, as they do on the server. A repeated scalar uses its last value.
 * @example validateQuery(new URLSearchParams('quality=101'), 'recognize'); // [{ loc: ['query', 'quality'], … }]
 */
export function validateQuery(params: URLSearchParams, service: 'recognize' | 'classify'): DetailIssue[] {
  const rules = service === 'classify' ? CLASSIFY_PARAMS : COMMON_PARAMS;
  const issues: DetailIssue[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const raw = params.getAll(name).at(-1);
    if (raw === undefined) continue;
    const issue = checkValue(raw.trim(), rule);
    if (issue !== undefined) issues.push({ loc: ['query', name], ...issue });
  }
  return issues;
}

/**
 * Reads a bool query parameter as pydantic would; `undefined` when absent or unparsable.
 * @example queryFlag(new URLSearchParams('async=true'), 'async'); // true
 */
export function queryFlag(params: URLSearchParams, name: string): boolean | undefined {
  const raw = params.getAll(name).at(-1)?.trim().toLowerCase();
  if (raw === undefined) return undefined;
  return TRUE_WORDS.has(raw) ? true : FALSE_WORDS.has(raw) ? false : undefined;
}

function checkValue(raw: string, rule: ParamRule): Omit<DetailIssue, 'loc'> | undefined {
  if (rule.kind === 'bool') {
    const word = raw.toLowerCase();
    return TRUE_WORDS.has(word) || FALSE_WORDS.has(word) ? undefined : TYPE_ISSUES.bool;
  }
  const valid = rule.kind === 'int' ? /^[+-]?\d+$/.test(raw) : raw !== '' && Number.isFinite(Number(raw));
  if (!valid) return TYPE_ISSUES[rule.kind];
  const value = Number(raw);
  if (rule.gt !== undefined && !(value > rule.gt)) return limitIssue('greater than', 'not_gt', rule.gt);
  if (rule.ge !== undefined && !(value >= rule.ge)) return limitIssue('greater than or equal to', 'not_ge', rule.ge);
  if (rule.le !== undefined && !(value <= rule.le)) return limitIssue('less than or equal to', 'not_le', rule.le);
  return undefined;
}

function limitIssue(words: string, code: string, limit: number): Omit<DetailIssue, 'loc'> {
  return { msg: `ensure this value is ${words} ${limit}`, type: `value_error.number.${code}`, ctx: { limit_value: limit } };
}
