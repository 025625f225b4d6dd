import { defineConfig } from 'tsdown';

// One neutral ESM build serves every runtime (browsers, Deno, workerd, Bun, Node >= 20):
// nothing here may assume Node, so `platform: 'neutral'` keeps Node built-ins from being
// resolved silently, and scripts/check-dist.mjs checks dist/ again for imports and Node-only globals.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    msw: 'src/msw/index.ts',
  },
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: false,
  clean: true,
  // A warning is a failure: an import that cannot be resolved on a neutral platform (a Node
  // built-in, say) surfaces as a warning and would otherwise ship.
  failOnWarn: true,
  checks: { pluginTimings: false }, // the d.ts plugin is slow by nature; not a defect
  // Runtime dependencies stay imports, so users dedupe them with their own copies;
  // msw is an optional peer reached only through `handl-rx/msw`.
  deps: {
    neverBundle: ['rxjs', /^rxjs\//, 'ky', 'valibot', 'msw', /^msw\//],
  },
});
