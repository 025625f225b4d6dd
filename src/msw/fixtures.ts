import { classify, classifyNotDocument } from './fixtures/classify';
import { driverLicense2011Front } from './fixtures/driver-license-2011-front';
import { license403, serverError, validation422 } from './fixtures/error-bodies';
import { notDocument } from './fixtures/not-document';
import { passportMain } from './fixtures/passport-main';
import { passportRegistration } from './fixtures/passport-registration';
import { asyncSubmit, notDone, notDone425, notDoneLegacy, notFound, taskFailed } from './fixtures/task-envelopes';
import type { ClassifyBody, DetailBody, MockEnvelope, RecognizeBody } from './handl-body';

/**
 * Realistic Handl bodies with fake personal data, built from handl-examples/. Every read
 * returns a fresh deep copy, so a test may change what it got without touching other tests.
 * Recognize and classify bodies are the sync form (`task_id: null`); the mock puts the task
 * id in when it serves them from `/result/{id}`.
 * @example
 * const mock = createHandlMock({ results: { passport_main: fixtures.notDocument } });
 * expect(body.items).toEqual(fixtures.passportMain.items);
 */
export const fixtures = {
  /** `/recognize` result: one `passport_main` item. */
  get passportMain(): RecognizeBody {
    return structuredClone(passportMain);
  },
  /** `/recognize` result: one `passport_registration` item. */
  get passportRegistration(): RecognizeBody {
    return structuredClone(passportRegistration);
  },
  /** `/recognize` result: one `driver_license_2011_front` item. */
  get driverLicense2011Front(): RecognizeBody {
    return structuredClone(driverLicense2011Front);
  },
  /** `/recognize` result for an upload without a document: no items, `docs_count: 0`. */
  get notDocument(): RecognizeBody {
    return structuredClone(notDocument);
  },
  /** `/classify` result: passport, driver licence and a `not_document` crop. */
  get classify(): ClassifyBody {
    return structuredClone(classify);
  },
  /** `/classify` result for an upload without a document: one `not_document` crop. */
  get classifyNotDocument(): ClassifyBody {
    return structuredClone(classifyNotDocument);
  },
  /** 200 acknowledgement of an `async=true` submit. */
  get asyncSubmit(): MockEnvelope<never> {
    return structuredClone(asyncSubmit);
  },
  /** 202 `/result` body: `errno: 9`, "Async task not done". */
  get notDone(): MockEnvelope<never> {
    return structuredClone(notDone);
  },
  /** 200 "not done" body of 2019 v3 servers. */
  get notDoneLegacy(): typeof notDoneLegacy {
    return structuredClone(notDoneLegacy);
  },
  /** 425 "not done" body of 2019 experimental servers. */
  get notDone425(): DetailBody {
    return structuredClone(notDone425);
  },
  /** 404 `/result` body: `errno: 8`, "Async task not found". */
  get notFound(): MockEnvelope<never> {
    return structuredClone(notFound);
  },
  /** 500 `/result` body: `errno: 10`, "Async task failed". */
  get taskFailed(): MockEnvelope<never> {
    return structuredClone(taskFailed);
  },
  /** 500 body of an unexpected error: `errno: 100`, "Unknown error". */
  get serverError(): MockEnvelope<never> {
    return structuredClone(serverError);
  },
  /** 403 body: "License is not valid". */
  get license403(): DetailBody {
    return structuredClone(license403);
  },
  /** 422 body: `quality` above 100. */
  get validation422(): DetailBody {
    return structuredClone(validation422);
  },
} as const;

/**
 * The type of {@link fixtures}.
 * @example function serve(bodies: HandlFixtures) { return bodies.passportMain; }
 */
export type HandlFixtures = typeof fixtures;
