import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Tests import the package by name; in the unit projects the names point at the sources,
// the runtime matrix (test/runtimes) imports the built dist/ instead.
export const sourceAliases = {
  'handl-rx/msw': src('msw/index.ts'),
  'handl-rx': src('index.ts'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/runtimes/**', 'test/browser/**', 'test/e2e/**'],
        },
      },
    ],
  },
});
