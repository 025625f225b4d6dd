/**
 * Plain JSON shapes of the bodies the mock serves, following handl-api.md §5–§8.
 * They are deliberately structural (index signatures keep unknown keys legal) so a body
 * copied from a real Handl response type-checks as-is.
 */

/**
 * One recognised field: text, OCR confidence, `verify_fields` verdict and polygons.
 * @example const field: MockField = { text: 'ТЕСТОВ', confidence: 0.97, valid: null, coords: [[[0, 0], [9, 0], [9, 9], [0, 9]]] };
 */
export interface MockField {
  text: string;
  confidence: number;
  valid: boolean | null;
  /** A list of polygons of `[x, y]` points; older servers sent one flat polygon. */
  coords: number[][][] | number[][];
  [key: string]: unknown;
}

/**
 * One document found by `/recognize`.
 * @example const item: MockRecognizeItem = { doc_type: 'passport_main', fields: {}, color: true, error: null };
 */
export interface MockRecognizeItem {
  doc_type: string;
  fields: Record<string, MockField>;
  color?: boolean;
  error?: string | null;
  [key: string]: unknown;
}

/**
 * One document found by `/classify`.
 * @example const item: MockClassifyItem = { document: { type: 'not_document', rotation: 0 } };
 */
export interface MockClassifyItem {
  document: { type: string; rotation: number; coords?: number[][]; page?: number; [key: string]: unknown };
  crop?: string;
  [key: string]: unknown;
}

/**
 * The envelope every JSON endpoint answers with; only `items` is required here, the mock
 * fills the other envelope keys with `null` when it serves a body.
 * @example const body: MockEnvelope<MockRecognizeItem> = { items: [] };
 */
export interface MockEnvelope<TItem> {
  detail?: unknown[];
  items: TItem[];
  task_id?: string | null;
  code?: number | null;
  message?: string | null;
  errno?: number | null;
  traceback?: string | null;
  fake?: boolean | null;
  pages_count?: number | null;
  docs_count?: number | null;
  [key: string]: unknown;
}

/**
 * A `/recognize` (or finished `/result`) body.
 * @example const body: RecognizeBody = fixtures.passportMain;
 */
export type RecognizeBody = MockEnvelope<MockRecognizeItem>;

/**
 * A `/classify` body.
 * @example const body: ClassifyBody = fixtures.classify;
 */
export type ClassifyBody = MockEnvelope<MockClassifyItem>;

/**
 * Any result body the mock can serve for a finished task.
 * @example const body: ResultBody = fixtures.notDocument;
 */
export type ResultBody = RecognizeBody | ClassifyBody;

/**
 * One FastAPI-style problem: where (`loc`), what (`msg`), its kind (`type`) and limits (`ctx`).
 * @example const issue: DetailIssue = { loc: ['body', 'image'], msg: 'field required', type: 'value_error.missing' };
 */
export interface DetailIssue {
  loc?: Array<string | number>;
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

/**
 * A FastAPI-style error body: `{ detail: [{ loc?, msg, type, ctx? }] }`.
 * @example const body: DetailBody = fixtures.license403;
 */
export interface DetailBody {
  detail: DetailIssue[];
}
