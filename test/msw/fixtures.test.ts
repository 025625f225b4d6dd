import { describe, expect, it } from 'vitest';
import { fixtures, type MockField, type RecognizeBody } from 'handl-rx/msw';

const recognizeBodies = {
  passportMain: 'passport_main',
  passportRegistration: 'passport_registration',
  driverLicense2011Front: 'driver_license_2011_front',
} as const;

const fieldShape = (field: MockField) => ({
  text: typeof field.text,
  confidence: field.confidence >= 0 && field.confidence <= 1,
  valid: field.valid,
  coords: Array.isArray(field.coords) && field.coords.every((polygon) => Array.isArray(polygon) && polygon.length === 4),
});

describe('fixtures', () => {
  it('hands out a fresh deep copy on every read', () => {
    const copy = fixtures.passportMain;
    const field = copy.items[0]?.fields['surname'];
    if (field) field.text = 'CHANGED';
    copy.items.push({ doc_type: 'x', fields: {} });
    expect(fixtures.passportMain.items).toHaveLength(1);
    expect(fixtures.passportMain.items[0]?.fields['surname']?.text).toBe('ТЕСТОВ');
    expect(fixtures.classify).not.toBe(fixtures.classify);
  });

  it.each(Object.entries(recognizeBodies))('%s is a sync recognize envelope with one %s item of well-formed fields', (key, docType) => {
    const body = fixtures[key as keyof typeof recognizeBodies] as RecognizeBody;
    expect(body).toMatchObject({ detail: [], task_id: null, code: null, message: null, errno: null, traceback: null, fake: null, docs_count: 1 });
    expect(body.items.map((item) => [item.doc_type, item.error])).toEqual([[docType, null]]);
    for (const field of Object.values(body.items[0]?.fields ?? {})) {
      expect(fieldShape(field)).toEqual({ text: 'string', confidence: true, valid: null, coords: true });
    }
  });

  it('has the driver licence fields of handl-api.md §11', () => {
    expect(Object.keys(fixtures.driverLicense2011Front.items[0]?.fields ?? {}).sort()).toEqual(
      ['surname', 'name', 'patronymic', 'date_of_birth', 'place_of_birth', 'date_from', 'date_end', 'issuer', 'number', 'place_of_issue', 'category'].sort(),
    );
  });

  it('has "no document" variants for recognize and classify', () => {
    expect(fixtures.notDocument).toMatchObject({ items: [], docs_count: 0 });
    expect(fixtures.classifyNotDocument.items.map((item) => item.document.type)).toEqual(['not_document']);
    expect(fixtures.classify.items.map((item) => item.document.type)).toEqual(['passport_main', 'driver_license_2011_front', 'not_document']);
  });

  it('has the task and error envelopes with their errno', () => {
    expect(
      [fixtures.asyncSubmit, fixtures.notDone, fixtures.notFound, fixtures.taskFailed, fixtures.serverError, fixtures.notDoneLegacy].map((body) => [
        body.errno,
        body.message,
      ]),
    ).toEqual([
      [null, null],
      [9, 'Async task not done'],
      [8, 'Async task not found'],
      [10, 'Async task failed'],
      [100, 'Unknown error'],
      [9, 'Async task not done'],
    ]);
    expect(fixtures.license403).toEqual({ detail: [{ msg: 'License is not valid', type: 'license_error' }] });
    expect(fixtures.validation422.detail[0]?.loc).toEqual(['query', 'quality']);
    expect(fixtures.notDone425.detail[0]?.msg).toBe('Async task not done');
  });
});
