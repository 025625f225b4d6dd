import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ClassifyResultSchema, CoordsSchema, RecognizeResultSchema, type RecognizeResult } from 'handl-rx';

const field = { text: 'ТЕСТОВ', confidence: 0.97, valid: null };

describe('schemas', () => {
  it('normalises flat and nested coords to a list of polygons', () => {
    const quad = [[1, 2], [3, 2], [3, 4], [1, 4]];
    expect(v.parse(CoordsSchema, quad)).toEqual([quad]);
    expect(v.parse(CoordsSchema, [quad, quad])).toEqual([quad, quad]);
    expect(v.parse(CoordsSchema, [])).toEqual([]);
    expect(v.safeParse(CoordsSchema, [['x', 1]]).success).toBe(false);
  });

  it('keeps unknown keys at every level and fills documented defaults', () => {
    const body = {
      future_key: 1,
      items: [{ doc_type: 'passport_main', extra: true, fields: { surname: { ...field, coords: [[0, 0], [1, 1]], bbox: 'kept' } } }],
    };
    const result = v.parse(RecognizeResultSchema, body);
    expect(result).toMatchObject({ future_key: 1, items: [{ extra: true, fields: { surname: { bbox: 'kept', coords: [[[0, 0], [1, 1]]] } } }] });
    expect(v.parse(RecognizeResultSchema, {})).toEqual({ items: [] });
    expect(v.parse(RecognizeResultSchema, { items: [{ doc_type: 'x' }] }).items[0]?.fields).toEqual({});
  });

  it('names the failing path of a wrong body', () => {
    const bad = v.safeParse(RecognizeResultSchema, { items: [{ doc_type: 'x', fields: { surname: { text: 1, confidence: 1 } } }] });
    expect(bad.success).toBe(false);
    expect(bad.issues?.map((i) => v.getDotPath(i))).toContain('items.0.fields.surname.text');
  });

  it('validates classify items with their document outline', () => {
    const result = v.parse(ClassifyResultSchema, { items: [{ document: { type: 'not_document', rotation: 0, coords: [[0, 0], [1, 0]] } }] });
    expect(result.items[0]?.document).toEqual({ type: 'not_document', rotation: 0, coords: [[0, 0], [1, 0]] });
  });

  it('types fields by name with polygons', () => {
    expectTypeOf<RecognizeResult['items'][number]['fields'][string]['coords']>().toEqualTypeOf<[number, number][][]>();
    expectTypeOf<RecognizeResult['items'][number]['fields'][string]['valid']>().toEqualTypeOf<boolean | null>();
  });
});
