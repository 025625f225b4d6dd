import * as v from 'valibot';

const nullish = <T extends v.GenericSchema>(schema: T) => v.nullish(schema);

/**
 * The envelope every Handl JSON answer shares. Every key is optional and nullable, unknown keys
 * are kept: only `detail`, `items` and `task_id` are documented with certainty.
 */
export const EnvelopeSchema = v.looseObject({
  detail: nullish(v.array(v.unknown())),
  task_id: nullish(v.string()),
  code: nullish(v.number()),
  message: nullish(v.string()),
  errno: nullish(v.number()),
  traceback: nullish(v.string()),
  fake: nullish(v.unknown()),
  pages_count: nullish(v.number()),
  docs_count: nullish(v.number()),
});

/** The envelope's common keys, as validated by {@link EnvelopeSchema}. */
export type Envelope = v.InferOutput<typeof EnvelopeSchema>;

/** Builds a result schema: the envelope plus `items` of one shape (missing or null `items` become `[]`). */
export function resultSchema<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({ ...EnvelopeSchema.entries, items: v.pipe(v.optional(v.nullable(v.array(item)), () => []), v.transform((items) => items ?? [])) });
}
