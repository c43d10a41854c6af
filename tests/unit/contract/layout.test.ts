import { readdirSync, statSync } from 'node:fs';
import { join, parse } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const CONTRACT_DIR = join(ROOT, 'shared', 'contract', 'channels');
const HANDLER_DIR = join(ROOT, 'electron', 'ipc', 'handlers');
/** The files that join the domains together rather than serve one. */
const JOINERS = new Set(['index', 'types']);

const domainFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir)
      .map((name) => parse(name))
      .filter((file) => file.ext === '.ts' && !JOINERS.has(file.name))
      .map((file) => file.name)
      .sort();
  } catch {
    return [];
  }
};

/** The one export of a domain's module whose name ends with `suffix` (e.g. `articlesChannels`). */
async function exportEndingWith(path: string, suffix: string): Promise<Record<string, unknown>> {
  const module = (await import(path)) as Record<string, unknown>;
  const found = Object.entries(module).filter(([name]) => name.endsWith(suffix));
  expect(found.map(([name]) => name), `${path} exports one …${suffix}`).toHaveLength(1);
  return found[0]![1] as Record<string, unknown>;
}

describe('the contract and its handlers are laid out by domain', () => {
  it('every domain has one contract file and one handler file, named alike', () => {
    const contracts = domainFiles(CONTRACT_DIR);
    expect(contracts.length).toBeGreaterThan(5);
    expect(domainFiles(HANDLER_DIR)).toEqual(contracts);
  });

  it('a domain’s handler file answers exactly the channels its contract file lists, under the domain’s name', async () => {
    for (const domain of domainFiles(CONTRACT_DIR)) {
      const channels = await exportEndingWith(join(CONTRACT_DIR, `${domain}.ts`), 'Channels');
      const handlers = await exportEndingWith(join(HANDLER_DIR, `${domain}.ts`), 'Handlers');
      expect(Object.keys(handlers).sort(), domain).toEqual(Object.keys(channels).sort());
      const module = (await import(join(CONTRACT_DIR, `${domain}.ts`))) as Record<string, unknown>;
      const camel = domain.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      expect(Object.keys(module), domain).toContain(`${camel}Channels`);
    }
  });

});

describe('one name means one thing in the folders', () => {
  it('a folder called style is house style (code), never a folder of stylesheets', () => {
    const cssOnly: string[] = [];
    const walk = (dir: string) => {
      const names = readdirSync(dir);
      if (/^styles?$/.test(parse(dir).base) && !names.some((name) => /\.tsx?$/.test(name))) cssOnly.push(dir.slice(ROOT.length + 1));
      for (const name of names) if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name));
    };
    for (const top of ['electron', 'shared', 'renderer']) walk(join(ROOT, top));
    expect(cssOnly).toEqual([]);
  });

  it('no source file sits beside a folder of the same name', () => {
    const pairs: string[] = [];
    const walk = (dir: string) => {
      const names = readdirSync(dir);
      const folders = new Set(names.filter((name) => statSync(join(dir, name)).isDirectory()));
      for (const name of names) {
        if (folders.has(name)) walk(join(dir, name));
        else if (/\.tsx?$/.test(name) && folders.has(parse(name).name)) pairs.push(join(dir, name).slice(ROOT.length + 1));
      }
    };
    for (const top of ['electron', 'shared', 'renderer']) walk(join(ROOT, top));
    expect(pairs).toEqual([]);
  });
});
