// Architecture figures for reviews of the code's shape (issue 17 asks for them before and after):
// import circles, the files and feature folders that name each SQL table, and the largest files.
// Usage: node build/scripts/architecture-figures.mjs [--with-types] [root]
// Without --with-types, `import type` lines are left out: they vanish at run time, so only the
// rest can make a module load before what it needs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const withTypes = args.includes('--with-types');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? '.');

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
};
for (const top of ['electron', 'shared', 'renderer']) walk(join(root, top));
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const rel = (f) => relative(root, f);

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => source.has(c)) ?? null;
}

const graph = new Map();
for (const [file, text] of source) {
  const deps = new Set();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
    if (m[1] !== undefined && !withTypes) continue;
    const target = resolveImport(file, m[2]);
    if (target !== null) deps.add(target);
  }
  graph.set(file, [...deps]);
}

// Tarjan's strongly connected components: every group of two or more files is one circle.
const circles = [];
{
  let next = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) circles.push(group);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
}

console.log(`files: ${files.length}`);
console.log(`import circles (${withTypes ? 'all imports' : 'run-time imports'}): ${circles.length}`);
for (const c of circles) console.log(`  ${c.length} files: ${c.map(rel).sort().join(', ')}`);

const isMigration = (f) => f.includes(`${join('db', 'migrations')}`);
const tables = new Set();
for (const [file, text] of source) {
  if (!isMigration(file)) continue;
  for (const m of text.matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?["`]?(\w+)/gi)) tables.add(m[1]);
}
/** electron/<feature>/…: the folder that should own a table. */
const featureOf = (f) => rel(f).split('/').slice(0, 2).join('/');
console.log(`tables: ${tables.size}`);
console.log('files naming each table in SQL (outside migrations):');
let sharedTables = 0;
for (const table of [...tables].sort()) {
  const names = new RegExp(`\\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\\s+["\`]?${table}\\b`, 'i');
  const naming = [...source.keys()].filter((f) => !isMigration(f) && names.test(source.get(f)));
  const features = new Set(naming.map(featureOf));
  if (features.size > 1) sharedTables += 1;
  console.log(`  ${table}: ${naming.length} files in ${features.size} feature folders (${naming.map(rel).join(', ')})`);
}
console.log(`tables named by more than one feature folder: ${sharedTables}`);

console.log('largest files (lines):');
const sizes = [...source].map(([f, t]) => [rel(f), t.split('\n').length]).sort((a, b) => b[1] - a[1]);
for (const [f, n] of sizes.slice(0, 12)) console.log(`  ${n}\t${f}`);
