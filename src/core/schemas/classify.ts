import * as v from 'valibot';
import { PolygonSchema } from './coords';
import { resultSchema } from './envelope';

/** One document found by `/classify`: its type, orientation and outline on the page. */
export const ClassifyItemSchema = v.looseObject({
  document: v.looseObject({
    type: v.string(),
    rotation: v.nullish(v.number()),
    coords: v.nullish(PolygonSchema),
    page: v.nullish(v.number()),
  }),
  /** `data:image/…;base64,…`; absent when `returnCrops` is false. The mime may not match the bytes. */
  crop: v.nullish(v.string()),
});

/**
 * The body of a finished `/classify` task.
 *
 * @example
 * const result = v.parse(ClassifyResultSchema, json);
 * result.items.map((item) => item.document.type);
 */
export const ClassifyResultSchema = resultSchema(ClassifyItemSchema);

/** A validated classify item. */
export type ClassifyItem = v.InferOutput<typeof ClassifyItemSchema>;
/** A validated `/classify` result. */
export type ClassifyResult = v.InferOutput<typeof ClassifyResultSchema>;
