/// <reference types="node" />
// workerd harness of the runtime matrix. @cloudflare/vitest-pool-workers cannot be used for
// this: it forces nodejs_compat_v2 onto its runner Worker, so a `node:` import would pass there.
// Instead the scenarios and the docs' Worker example are bundled like a user's Worker
// (tsdown, every dependency inlined, the package resolved through its own exports) and loaded
// into plain workerd by Miniflare with no compatibility flags; the tests drive them over fetch.
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { build } from 'tsdown';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fetchSpecimen, scenarios } from '../scenarios';

const outDir = fileURLToPath(new URL('../../../.cache/workerd/', import.meta.url));
const compatibilityDate = '2026-04-01';
let mf: Miniflare;

/** Bundles one Worker entry into a single self-contained module, as wrangler would. */
async function bundle(name: string, entry: string): Promise<string> {
  await build({
    config: false,
    logLevel: 'warn',
    entry: { [name]: fileURLToPath(new URL(entry, import.meta.url)) },
    outDir,
    clean: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    dts: false,
    tsconfig: false, // its `paths` point handl-rx at src/; users get dist/ through the exports map
    deps: { alwaysBundle: [/./], onlyBundle: false },
  });
  return `${outDir}${name}.js`;
}

beforeAll(async () => {
  const HANDL_URL = inject('handlUrl');
  const [scenarioWorker, exampleWorker] = await Promise.all([
    bundle('scenario-worker', './scenario-worker.ts'),
    bundle('example-worker', '../examples/worker.ts'),
  ]);
  mf = new Miniflare({
    workers: [
      { name: 'scenarios', routes: ['scenarios.test/*'], modules: true, scriptPath: scenarioWorker, compatibilityDate, bindings: { HANDL_URL } },
      { name: 'example', routes: ['example.test/*'], modules: true, scriptPath: exampleWorker, compatibilityDate, bindings: { HANDL_URL, HANDL_TOKEN: 'example-token' } },
    ],
  });
  await mf.ready;
}, 60_000);

afterAll(() => mf?.dispose());

describe('workerd (no nodejs_compat)', () => {
  test('really runs in workerd, without Node globals', async () => {
    const response = await mf.dispatchFetch('http://scenarios.test/probe');
    expect(await response.json()).toEqual({ userAgent: 'Cloudflare-Workers', process: 'undefined' });
  });

  for (const name of Object.keys(scenarios)) {
    test(name, async () => {
      const response = await mf.dispatchFetch(`http://scenarios.test/?scenario=${encodeURIComponent(name)}`);
      const text = await response.text();
      expect(text).toBe('ok');
    });
  }

  test('the Worker example of the README Runtimes section answers with the recognized document', async () => {
    const response = await mf.dispatchFetch('http://example.test/', {
      method: 'POST',
      body: await fetchSpecimen(inject('handlUrl')),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ type: 'passport_main', surname: 'ТЕСТОВ' }]);
  });
});
