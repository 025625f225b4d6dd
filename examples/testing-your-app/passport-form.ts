import type { Handl } from 'handl-rx';

export interface PassportForm {
  surname: string;
  firstName: string;
  dateOfBirth: string;
  /** Fields a person should check: the OCR was not certain (confidence below 0.9). */
  toCheck: string[];
}

/** Your app's code: fills a form from a passport photo. */
export async function fillPassportForm(handl: Handl, photo: Blob): Promise<PassportForm> {
  const result = await handl.recognize(photo, { docType: 'passport_main' });
  const fields = result.items.find((item) => item.doc_type === 'passport_main')?.fields ?? {};
  return {
    surname: fields.surname?.text ?? '',
    firstName: fields.first_name?.text ?? '',
    dateOfBirth: fields.date_of_birth?.text ?? '',
    toCheck: Object.entries(fields)
      .filter(([, field]) => field.confidence < 0.9)
      .map(([name]) => name),
  };
}
