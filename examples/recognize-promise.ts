import { createHandl, isHandlError } from 'handl-rx';

const handl = createHandl({ token: 'YOUR-LICENSE-KEY' });

/** The passport's fields as plain text, or undefined when no passport was found. */
export async function readPassport(file: Blob): Promise<Record<string, string> | undefined> {
  try {
    const result = await handl.recognize(file, { docType: 'passport_main' });
    const passport = result.items.find((item) => item.doc_type === 'passport_main' && !item.error);
    if (!passport) return undefined;
    return Object.fromEntries(Object.entries(passport.fields).map(([name, field]) => [name, field.text]));
  } catch (error) {
    if (isHandlError(error) && error.kind === 'auth') throw new Error('Check the Handl license key');
    throw error;
  }
}
