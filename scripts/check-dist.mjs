// Gate: the built package must run on every runtime it promises (browsers, workerd without
// nodejs_compat, Deno, Bun, Node). Reads dist/ and fails when
//   - an entry (or a chunk it imports) imports anything but its allowed dependencies —
//     a Node built-in (`node:fs`, `fs`, …) or msw from the main entry, for example;
//   - the code reaches for Node-only globals (process.*, Buffer.*, require(), __dirname);
//   - a declaration file pulls in Node's types;
//   - importing an entry does anything (timers, listeners, output): sideEffects is false.
// Run after the build: `node scripts/check-dist.mjs`.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const entries = {
  'index.js': ['rxjs', 'ky', 'valibot'],
  'msw.js': ['rxjs', 'ky', 'valibot', 'msw'],
};
const builtins = new Set(builtinModules);
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
const nodeGlobalPattern = /\bprocess\.(?:env|version|versions|nextTick|cwd|platform|argv|exit)\b|\bBuffer\.(?:from|alloc|allocUnsafe|concat|isBuffer|byteLength)\b|\brequire\s*\(|\b__dirname\b|\b__filename\b/g;

const problems = [];
// JSDoc examples in dist (`import … from 'handl-rx/msw'`) are not imports.
const stripComments = (code) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

for (const [entry, allowed] of Object.entries(entries)) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const name = relative(dist, file);
    let code;
    try {
      code = stripComments(readFileSync(file, 'utf8'));
    } catch {
      problems.push(`${name}: missing (run the build first)`);
      return;
    }
    for (const [, specifier] of code.matchAll(specifierPattern)) {
      if (specifier.startsWith('.')) {
        visit(join(dirname(file), specifier));
      } else if (specifier.startsWith('node:') || builtins.has(packageOf(specifier))) {
        problems.push(`${name} (entry ${entry}): imports the Node built-in '${specifier}' — breaks browsers, workerd and Deno`);
      } else if (!allowed.includes(packageOf(specifier))) {
        problems.push(`${name} (entry ${entry}): imports '${specifier}', not one of ${allowed.join(', ')}`);
      }
    }
    for (const [global] of code.matchAll(nodeGlobalPattern)) {
      problems.push(`${name} (entry ${entry}): uses the Node-only global '${global}'`);
    }
    const types = file.replace(/\.js$/, '.d.ts');
    if (file.endsWith('.js')) {
      try {
        const dts = readFileSync(types, 'utf8');
        if (/reference\s+types=["']node["']|from\s+["']node:/.test(dts)) problems.push(`${relative(dist, types)}: pulls in Node's types`);
      } catch {
        if (seen.size === 1) problems.push(`${relative(dist, types)}: missing`);
      }
    }
  };
  visit(join(dist, entry));
  console.log(`check-dist: ${entry} → ${[...seen].map((f) => relative(dist, f)).join(', ')}`);
}

// `sideEffects: false` is a promise: importing an entry must do nothing (no timers, no
// listeners, no output) — bundlers drop a module they think unused, and an app pays nothing
// for an import it does not call.
{
  const effects = [];
  const spy = (target, names) => {
    const originals = names.map((name) => [name, target[name]]);
    for (const [name, original] of originals) {
      target[name] = (...args) => {
        effects.push(name);
        return original.apply(target, args);
      };
    }
    return () => originals.forEach(([name, original]) => (target[name] = original));
  };
  const restore = [
    spy(globalThis, ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'addEventListener', 'fetch']),
    spy(console, ['log', 'info', 'warn', 'error', 'debug']),
  ];
  for (const entry of Object.keys(entries)) {
    effects.length = 0;
    await import(new URL(`../dist/${entry}`, import.meta.url).href);
    if (effects.length > 0) problems.push(`${entry}: importing it has side effects (${[...new Set(effects)].join(', ')}), yet package.json says sideEffects: false`);
  }
  restore.forEach((undo) => undo());
}

if (problems.length > 0) {
  console.error(`check-dist: dist/ would not run on every runtime:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log('check-dist: only allowed imports, no Node built-ins or Node-only globals');
