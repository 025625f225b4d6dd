/// <reference lib="deno.ns" />
// Deno harness of the runtime matrix: `deno test` with its sanitizers on (a leaked timer,
// an unread body or an open connection fails the test), against the loopback server that
// scripts/with-handl-server.sh started (HANDL_TEST_URL).
import { SPECIMEN, scenarios } from '../scenarios.ts';
import { recognizeFile } from './recognize-file.ts';

const url = Deno.env.get('HANDL_TEST_URL');
if (!url) throw new Error('HANDL_TEST_URL is not set: run through scripts/with-handl-server.sh');
const specimenPath = new URL(`../../../fixtures/documents/${SPECIMEN.name}`, import.meta.url);
const specimen = await Deno.readFile(specimenPath);

for (const [name, run] of Object.entries(scenarios)) {
  Deno.test(`Deno ${Deno.version.deno}: ${name}`, () => run({ url, specimen }));
}

Deno.test(`Deno ${Deno.version.deno}: the Deno script of the README Runtimes section prints the recognized document`, async () => {
  Deno.env.set('HANDL_TOKEN', 'deno-example-token');
  const lines = await recognizeFile(specimenPath.pathname, url);
  if (JSON.stringify(lines) !== JSON.stringify(['passport_main: ТЕСТОВ'])) throw new Error(`got ${JSON.stringify(lines)}`);
});
