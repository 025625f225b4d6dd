import { createHandl, isHandlError } from 'handl-rx';

interface Env {
  HANDL_URL: string; // https://latest.handl.io, or your own proxy
  HANDL_TOKEN: string; // a secret: `wrangler secret put HANDL_TOKEN`
}

// POST an image, get back the documents Handl found on it.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== 'POST') return new Response('POST a document image', { status: 405 });
    const handl = createHandl({ baseUrl: env.HANDL_URL, token: env.HANDL_TOKEN });
    try {
      const result = await handl.recognize(await request.blob(), { docType: 'passport_main' });
      return Response.json(
        result.items.map((item) => ({ type: item.doc_type, surname: item.fields['surname']?.text ?? null })),
      );
    } catch (error) {
      if (!isHandlError(error)) throw error;
      return Response.json({ error: error.kind, message: error.message }, { status: error.status === 400 ? 400 : 502 });
    }
  },
};
