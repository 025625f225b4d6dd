// Bun harness of the runtime matrix: `bun test` against the loopback server that
// scripts/with-handl-server.sh started (HANDL_TEST_URL).
import { test } from 'bun:test';
import { SPECIMEN, scenarios } from '../scenarios.ts';

const url = process.env['HANDL_TEST_URL'];
if (!url) throw new Error('HANDL_TEST_URL is not set: run through scripts/with-handl-server.sh');
const specimen = await Bun.file(new URL(`../../../fixtures/documents/${SPECIMEN.name}`, import.meta.url)).bytes();

for (const [name, run] of Object.entries(scenarios)) {
  test(`Bun ${Bun.version}: ${name}`, () => run({ url, specimen }), 20_000);
}
