// Chromium harness of the runtime matrix: vitest browser mode drives Debian's Chromium; the
// scenarios reach the loopback server (globalSetup, handed over by provide/inject) across
// origins with real fetch, real multipart and real CORS.
import { describe, expect, inject, test } from 'vitest';
import { fetchSpecimen, scenarios } from '../runtimes/scenarios';

describe('Chromium', () => {
  test('really runs in Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome\/\d+/);
    expect(typeof (globalThis as { process?: unknown }).process).toBe('undefined');
  });

  for (const [name, run] of Object.entries(scenarios)) {
    test(name, async () => {
      const url = inject('handlUrl');
      await run({ url, specimen: await fetchSpecimen(url) });
    });
  }
});
