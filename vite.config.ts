import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Tests import the package by name; in the unit projects the names point at the sources,
// the runtime matrix (test/runtimes) imports the built dist/ instead.
export const sourceAliases = {
  'handl-rx/msw': src('msw/index.ts'),
  'handl-rx': src('index.ts'),
};

// The runtime matrix (scripts/test-runtimes.sh) runs on the BUILT package: these projects set
// no alias, so `handl-rx` resolves through package.json's own exports to dist/ (run the build
// first). Each project starts its own loopback Handl server in globalSetup.
const globalSetup = ['test/runtimes/global-setup.ts'];
const testTimeout = 20_000;

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: ['test/runtimes/**', 'test/browser/**', 'test/e2e/**'],
        },
      },
      {
        test: {
          name: 'runtimes-node',
          environment: 'node',
          include: ['test/runtimes/node/**/*.test.ts'],
          globalSetup,
          testTimeout,
        },
      },
      {
        // msw's worker script lands here (test/browser/global-setup.ts runs `msw init`).
        publicDir: '.cache/browser-public',
        test: {
          name: 'runtimes-browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: [...globalSetup, 'test/browser/global-setup.ts'],
          testTimeout,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        test: {
          name: 'runtimes-workerd',
          environment: 'node',
          include: ['test/runtimes/workerd/**/*.test.ts'],
          globalSetup,
          testTimeout,
        },
      },
    ],
  },
});
