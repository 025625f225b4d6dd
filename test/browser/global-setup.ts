/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Puts msw's worker script into the browser project's publicDir, with msw's own CLI
 * (`msw init`), so the service worker always matches the installed msw.
 */
export default function setup(): void {
  const cli = join(dirname(createRequire(import.meta.url).resolve('msw/package.json')), 'cli/index.js');
  execFileSync(process.execPath, [cli, 'init', '.cache/browser-public', '--no-save'], { stdio: 'ignore' });
}
