// The Worker the workerd harness bundles and loads into plain workerd (no nodejs_compat):
// GET /?scenario=<name> runs that shared scenario inside workerd and answers 200 "ok", or 500
// with the failure. GET /probe tells the harness what runtime this really is.
import { fetchSpecimen, scenarios } from '../scenarios';

interface Env {
  HANDL_URL: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/probe') {
      return Response.json({ userAgent: navigator.userAgent, process: typeof (globalThis as { process?: unknown }).process });
    }
    const name = url.searchParams.get('scenario') ?? '';
    const run = scenarios[name];
    if (!run) return new Response(`unknown scenario ${JSON.stringify(name)}`, { status: 404 });
    try {
      await run({ url: env.HANDL_URL, specimen: await fetchSpecimen(env.HANDL_URL) });
      return new Response('ok');
    } catch (error) {
      return new Response(error instanceof Error ? (error.stack ?? error.message) : String(error), { status: 500 });
    }
  },
};
