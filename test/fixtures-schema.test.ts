import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ClassifyResultSchema, RecognizeResultSchema } from 'handl-rx';
import { fixtures } from 'handl-rx/msw';

// The mock's bodies must be what the SDK accepts, or our own tests would prove nothing.
describe('handl-rx/msw fixtures pass the SDK schemas', () => {
  it.each(['passportMain', 'passportRegistration', 'driverLicense2011Front', 'notDocument'] as const)('%s is a recognize result', (name) => {
    const parsed = v.safeParse(RecognizeResultSchema, fixtures[name]);
    expect(parsed.issues).toBeUndefined();
  });

  it.each(['classify', 'classifyNotDocument'] as const)('%s is a classify result', (name) => {
    const parsed = v.safeParse(ClassifyResultSchema, fixtures[name]);
    expect(parsed.issues).toBeUndefined();
  });

  it('recognize fixtures carry the documented field shape with polygons', () => {
    for (const body of [fixtures.passportMain, fixtures.passportRegistration, fixtures.driverLicense2011Front]) {
      const result = v.parse(RecognizeResultSchema, body);
      expect(result.items.length).toBeGreaterThan(0);
      for (const field of result.items.flatMap((item) => Object.values(item.fields))) {
        expect(field.confidence).toBeGreaterThanOrEqual(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
        expect(field.coords.length).toBeGreaterThan(0);
        for (const polygon of field.coords) expect(polygon.length).toBeGreaterThanOrEqual(3);
      }
    }
    expect(v.parse(ClassifyResultSchema, fixtures.classifyNotDocument).items.map((i) => i.document.type)).toContain('not_document');
  });
});
