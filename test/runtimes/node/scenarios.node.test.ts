/// <reference types="node" />
// Node harness of the runtime matrix: runs on the machine's Node 20 and, through
// scripts/test-runtimes.sh, on Node 24 (vitest itself started by that binary).
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { SPECIMEN, scenarios } from '../scenarios';

const specimen = new Uint8Array(await readFile(new URL(`../../../fixtures/documents/${SPECIMEN.name}`, import.meta.url)));

describe(`Node ${process.version}`, () => {
  test('runs on the Node the script asked for', () => {
    const want = process.env['HANDL_EXPECT_NODE_MAJOR'];
    if (want) expect(process.versions.node.split('.')[0]).toBe(want);
  });

  for (const [name, run] of Object.entries(scenarios)) {
    test(name, () => run({ url: inject('handlUrl'), specimen }));
  }
});
