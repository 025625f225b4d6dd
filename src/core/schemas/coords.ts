import * as v from 'valibot';

/** One `[x, y]` pixel point. */
export type Point = [x: number, y: number];
/** A closed outline, usually four points: top-left, top-right, bottom-right, bottom-left. */
export type Polygon = Point[];

const PointSchema = v.pipe(
  v.array(v.number()),
  v.minLength(2, 'a point needs x and y'),
  v.transform((p): Point => [p[0] as number, p[1] as number]),
);

/** A flat `[[x, y], …]` outline (classify's `document.coords`). */
export const PolygonSchema = v.array(PointSchema);

/**
 * A field's `coords`, normalised to a list of polygons whether the server sent
 * `[[x, y], …]` (older builds) or `[[[x, y], …], …]` (current docs).
 *
 * @example
 * v.parse(CoordsSchema, [[1, 2], [3, 4]]) // → [[[1, 2], [3, 4]]]
 */
export const CoordsSchema = v.pipe(
  v.union([v.array(PolygonSchema), PolygonSchema]),
  v.transform((coords, ): Polygon[] => coords.length > 0 && isPoint(coords[0]) ? [coords as Polygon] : (coords as Polygon[])),
);

function isPoint(value: unknown): value is Point {
  return Array.isArray(value) && typeof value[0] === 'number';
}
