import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo imports the package by name, exactly as a user would; here the names point at the
// sources so the demo always runs the code of this checkout. Exact-match regexes, because a
// plain 'handl-rx' key would also rewrite 'handl-rx/msw'.
export default defineConfig({
  root: here('.'),
  // Relative base: the built site works from any sub-path (GitHub Pages, a CI artifact, file
  // servers), and the msw worker, registered relative to the page, gets the app's own scope.
  base: './',
  resolve: {
    alias: [
      { find: /^handl-rx\/msw$/, replacement: here('../src/msw/index.ts') },
      { find: /^handl-rx$/, replacement: here('../src/index.ts') },
    ],
  },
  server: { port: 5173 },
  build: {
    outDir: here('../demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
