// Size budgets, min+gzip, checked by `npx size-limit` on the built dist/ (a gate of `npm test`).
// size-limit leaves peer dependencies out of every bundle; rxjs is one (the app's own copy is
// shared), yet a user's bundle carries it, so the first budget puts it back in.
const withRxjs = (config) => ({ ...config, external: config.external.filter((name) => name !== 'rxjs') });

export default [
  {
    name: "import { createHandl } from 'handl-rx' — rxjs, ky, valibot bundled",
    path: 'dist/index.js',
    import: '{ createHandl }',
    modifyEsbuildConfig: withRxjs,
    gzip: true,
    limit: '16 kB',
  },
  {
    name: 'handl-rx own code, every export — rxjs, ky, valibot external',
    path: 'dist/index.js',
    import: '*',
    ignore: ['rxjs', 'ky', 'valibot'],
    gzip: true,
    limit: '6 kB',
  },
  {
    name: 'handl-rx/msw, every export — msw external (reported, generous limit)',
    path: 'dist/msw.js',
    import: '*',
    ignore: ['msw', 'rxjs', 'ky', 'valibot'],
    gzip: true,
    limit: '12 kB',
  },
];
