import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/msw/', import.meta.url);
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, root), 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)].map((match) => match[1]);

describe('src/msw layering', () => {
  it('imports only `msw` itself (no msw/node, no msw/browser) and, from the SDK, types only', () => {
    const packages = sources.flatMap(({ text }) => importsOf(text)).filter((from) => !from?.startsWith('.'));
    expect([...new Set(packages)]).toEqual(['msw']);
    const sdkRuntime = sources.filter(({ text }) => /^import (?!type )[^;]*from '\.\.\/(core|rx)\//m.test(text)).map(({ file }) => file);
    expect(sdkRuntime).toEqual([]);
  });

  it('uses no Node built-ins and exports nothing by `export *`', () => {
    expect(sources.filter(({ text }) => /from 'node:|require\(|\bprocess\.|\bBuffer\b/.test(text)).map(({ file }) => file)).toEqual([]);
    expect(sources.filter(({ text }) => /export \*/.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('names files in kebab-case', () => {
    expect(sources.map(({ file }) => file).filter((file) => !/^([a-z0-9]+(-[a-z0-9]+)*\/)*[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(file))).toEqual([]);
  });
});
