import * as v from 'valibot';
import { CoordsSchema } from './coords';
import { resultSchema } from './envelope';

/**
 * One recognised field: `text` ("" when masks or dictionaries rejected it), `confidence` 0…1,
 * `valid` (the `verify_fields` verdict, `null` when not checked) and `coords` as polygons.
 */
export const RecognizedFieldSchema = v.looseObject({
  text: v.string(),
  confidence: v.number(),
  valid: v.optional(v.nullable(v.boolean()), null),
  coords: v.optional(CoordsSchema, () => []),
});

/** One document found in the upload; a per-document failure is data in `error`. */
export const RecognizeItemSchema = v.looseObject({
  doc_type: v.string(),
  fields: v.optional(v.record(v.string(), RecognizedFieldSchema), () => ({})),
  color: v.nullish(v.boolean()),
  error: v.nullish(v.string()),
});

/**
 * The body of a finished `/recognize` task (sync answer or `/result/{task_id}`).
 *
 * @example
 * const result = v.parse(RecognizeResultSchema, json);
 * result.items[0]?.fields.surname?.text;
 */
export const RecognizeResultSchema = resultSchema(RecognizeItemSchema);

/** A validated recognized field. */
export type RecognizedField = v.InferOutput<typeof RecognizedFieldSchema>;
/** A validated recognize item. */
export type RecognizeItem = v.InferOutput<typeof RecognizeItemSchema>;
/** A validated `/recognize` result. */
export type RecognizeResult = v.InferOutput<typeof RecognizeResultSchema>;
