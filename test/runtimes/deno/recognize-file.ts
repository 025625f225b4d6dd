/// <reference lib="deno.ns" />
import { createHandl } from 'handl-rx'; // handl-rx in your package.json, or import 'npm:handl-rx'

/** Recognizes one document file; one `doc_type: surname` line per document found. */
export async function recognizeFile(path: string, baseUrl = 'https://latest.handl.io'): Promise<string[]> {
  const token = Deno.env.get('HANDL_TOKEN');
  if (!token) throw new Error('Set HANDL_TOKEN to your Handl license key');
  const handl = createHandl({ baseUrl, token });
  const result = await handl.recognize(await Deno.readFile(path), { docType: 'passport_main' });
  return result.items.map((item) => `${item.doc_type}: ${item.fields['surname']?.text ?? '?'}`);
}

// deno run --allow-net=latest.handl.io --allow-env=HANDL_TOKEN --allow-read recognize-file.ts passport.jpg
if (import.meta.main) {
  const [path, baseUrl] = Deno.args;
  if (!path) throw new Error('usage: recognize-file.ts <image> [baseUrl]');
  for (const line of await recognizeFile(path, baseUrl)) console.log(line);
}
