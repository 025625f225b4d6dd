/**
 * Hand-annotated mock answers for the bundled samples. Every box was measured on the sample
 * image itself (pixel coordinates of the original file, origin top-left), so the demo's
 * overlay lands on the real printed fields. Texts are what the specimens print; confidences
 * are chosen to show every documented band at least once (handl-api.md §6).
 */
import type { ClassifyBody, RecognizeBody } from 'handl-rx/msw';
import { SAMPLES } from './samples';

type Polygon = number[][];
type Field = { text: string; confidence: number; valid: boolean | null; coords: Polygon[] };

/** A rectangle around a measured ink box, padded, in API point order (TL, TR, BR, BL). */
function rect(x0: number, y0: number, x1: number, y1: number, pad: number): Polygon {
  return [
    [x0 - pad, y0 - pad],
    [x1 + pad, y0 - pad],
    [x1 + pad, y1 + pad],
    [x0 - pad, y1 + pad],
  ];
}

/** `[text, confidence, ...ink boxes]` → a field; several boxes make a multi-line field. */
function fields(pad: number, spec: Record<string, [string, number, ...[number, number, number, number][]]>) {
  const out: Record<string, Field> = {};
  for (const [name, [text, confidence, ...boxes]] of Object.entries(spec)) {
    out[name] = { text, confidence, valid: null, coords: boxes.map((b) => rect(...b, pad)) };
  }
  return out;
}

function envelope<T>(items: T[], pages = 1) {
  return {
    detail: [],
    items,
    task_id: null,
    code: null,
    message: null,
    errno: null,
    traceback: null,
    fake: null,
    pages_count: pages,
    docs_count: items.length,
  };
}

const outline = (w: number, h: number): Polygon => [[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]];

interface Annotated {
  /** The doc_type Handl would find on the sample; `null` when there is no document. */
  docType: string | null;
  recognize: RecognizeBody;
  classify: ClassifyBody;
}

const utopia: Annotated = {
  docType: 'passport_main',
  recognize: envelope([
    {
      doc_type: 'passport_main',
      color: true,
      error: null,
      fields: fields(5, {
        country_code: ['UTO', 0.97, [673, 176, 727, 196]],
        series_and_number: ['L898902C3', 0.99, [956, 176, 1097, 196]],
        surname: ['ERIKSSON', 0.98, [481, 240, 620, 260]],
        first_name: ['ANNA MARIA', 0.97, [482, 304, 653, 323]],
        nationality: ['UTOPIAN', 0.96, [482, 364, 601, 384]],
        date_of_birth: ['12.08.1974', 0.95, [482, 422, 754, 442]],
        personal_number: ['ZE 184226 8', 0.63, [943, 420, 1111, 439]],
        sex: ['F', 0.99, [482, 482, 495, 501]],
        place_of_birth: ['ZENITH', 0.84, [743, 482, 840, 501]],
        date_of_issue: ['16.04.2007', 0.93, [482, 542, 673, 562]],
        issuing_authority: ['PASSPORT OFFICE', 0.88, [919, 542, 1174, 562]],
        date_of_expiry: ['15.04.2012', 0.91, [482, 603, 673, 623]],
        mrz_code: [
          'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
          0.99,
          [122, 672, 1172, 696],
          [123, 727, 1172, 752],
        ],
      }),
    },
  ]),
  classify: envelope([
    { document: { type: 'passport_main', rotation: 0, coords: [[70, 34], [1253, 34], [1253, 836], [70, 836]], page: 0 } },
  ]),
};

const czech: Annotated = {
  docType: 'passport_main',
  recognize: envelope([
    {
      doc_type: 'passport_main',
      color: true,
      error: null,
      fields: fields(2, {
        country_code: ['CZE', 0.96, [289, 64, 309, 73]],
        series_and_number: ['99003853', 0.98, [484, 66, 544, 76]],
        surname: ['SPECIMEN', 0.97, [226, 94, 288, 103]],
        first_name: ['VZOR', 0.95, [225, 124, 251, 134]],
        nationality: ['ČESKÁ REPUBLIKA / CZECH REPUBLIC', 0.78, [225, 151, 463, 165]],
        date_of_birth: ['01.01.1911', 0.93, [225, 184, 289, 194]],
        personal_number: ['110101/1l1', 0.41, [482, 182, 560, 195]],
        sex: ['M', 0.99, [225, 214, 235, 223]],
        place_of_birth: ['PRAHA', 0.9, [296, 214, 339, 224]],
        date_of_issue: ['04.07.2002', 0.92, [224, 244, 290, 254]],
        issuing_authority: ['PRAHA', 0.86, [351, 245, 394, 255]],
        // Rejected by the date mask: Handl then sends empty text with confidence 0.
        date_of_expiry: ['', 0, [224, 274, 289, 284]],
        mrz_code: [
          'P<CZESPECIMEN<<VZOR<<<<<<<<<<<<<<<<<<<<<<<<<\n99003853<1CZE1101018M1207046110101111<<<<<94',
          0.97,
          [28, 342, 551, 356],
          [28, 371, 549, 387],
        ],
      }),
    },
  ]),
  classify: envelope([
    { document: { type: 'passport_main', rotation: 0, coords: outline(600, 422), page: 0 } },
  ]),
};

const licence: Annotated = {
  docType: 'driver_license_2011_front',
  recognize: envelope([
    {
      doc_type: 'driver_license_2011_front',
      color: true,
      error: null,
      fields: fields(3, {
        issuer: ['MASSACHUSETTS', 0.99, [45, 38, 422, 70]],
        date_from: ['18.03.2018', 0.95, [442, 147, 570, 166]],
        number: ['736HDV7874JSB', 0.92, [620, 148, 797, 163]],
        date_end: ['20.01.2028', 0.94, [442, 196, 570, 215]],
        date_of_birth: ['18.03.2001', 0.98, [620, 196, 745, 215]],
        category: ['D', 0.81, [443, 246, 454, 261]],
        restrictions: ['NONE', 0.88, [527, 246, 587, 261]],
        endorsements: ['NONE', 0.87, [621, 246, 682, 261]],
        name: ['MARÍA', 0.97, [347, 278, 462, 309]],
        surname: ['GARCÍA', 0.96, [347, 317, 432, 337]],
        address: ['100 MARKET STREET, BIGTOWN, MA, 02801', 0.74, [347, 351, 592, 368], [347, 382, 598, 403]],
        eyes: ['BLK', 0.66, [384, 429, 421, 444]],
        sex: ['F', 0.99, [377, 455, 385, 470]],
        height: ['4-6', 0.52, [437, 455, 509, 470]],
        document_discriminator: ['03/12/2019', 0.38, [371, 484, 456, 497]],
        // Rejected by the date mask: Handl then sends empty text with confidence 0.
        revision_date: ['', 0, [513, 484, 598, 497]],
      }),
    },
  ]),
  classify: envelope([
    { document: { type: 'driver_license_2011_front', rotation: 0, coords: [[6, 4], [842, 4], [842, 540], [6, 540]], page: 0 } },
  ]),
};

// No document: recognize finds nothing to read, classify reports the whole photo as not_document.
const telescope: Annotated = {
  docType: null,
  recognize: envelope([]),
  classify: envelope([{ document: { type: 'not_document', rotation: 0, coords: outline(200, 133), page: 0 } }]),
};

// A text PDF of two US-letter pages (612 x 792 pt, 2550 x 3300 px at 300 dpi): pages of an unknown
// type are classified as `other` and carry no fields.
const pdf: Annotated = {
  docType: 'other',
  recognize: envelope(
    [0, 1].map((page) => ({ doc_type: 'other', fields: {}, color: false, error: null, page })),
    2,
  ),
  classify: envelope(
    [0, 1].map((page) => ({ document: { type: 'other', rotation: 0, coords: outline(2550, 3300), page } })),
    2,
  ),
};

const byId: Record<string, Annotated> = { utopia, czech, licence, telescope, pdf };

/** Annotated answers keyed by the SHA-256 of the sample's bytes. */
export const ANNOTATED: ReadonlyMap<string, Annotated> = new Map(
  SAMPLES.map((sample) => [sample.sha256, byId[sample.id] as Annotated]),
);
