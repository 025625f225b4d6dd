/// <reference types="node" />
// The README's "Runtimes" section quotes its examples verbatim from files that the runtime
// matrix runs: this keeps quotes and files from drifting.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';

const root = new URL('../../../', import.meta.url);

test('every example of the README Runtimes section is the tested file, verbatim', async () => {
  const doc = await readFile(new URL('README.md', root), 'utf8');
  const quotes = [...doc.matchAll(/<!-- verbatim: (\S+) -->\n```ts\n([\s\S]*?)```\n/g)];
  expect(new Set(quotes.map(([, path]) => path))).toEqual(new Set([
    'test/runtimes/examples/worker.ts',
    'test/runtimes/deno/recognize-file.ts',
    'test/runtimes/examples/browser.ts',
  ]));
  for (const [, path, code] of quotes) {
    expect(code, path).toBe(await readFile(new URL(path!, root), 'utf8'));
  }
});
