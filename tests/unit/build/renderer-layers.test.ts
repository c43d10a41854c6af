import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The renderer's layers are held by lint (rendererLayers in build/eslint.config.mjs): these
// imports are linted as if written in the named file, against the project's own config.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.mjs' });

async function layerProblems(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { thing } from '${specifier}';\nexport const used = thing;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('renderer layers', () => {
  // Loading the config and typescript-eslint takes seconds on a busy machine: once, before the cases.
  beforeAll(async () => {
    await eslint.lintText('', { filePath: 'renderer/ui/Warm.ts' });
  }, 120_000);

  it.each([
    ['renderer/editor/citations/Probe.ts', '../../panels/sources/sourceLabels'],
    ['renderer/editor/Probe.tsx', '../workflow/WorkflowHeader'],
    ['renderer/editor/commands/Probe.ts', '../../app/commands'],
    ['renderer/panels/publishing/Probe.ts', '../../views/publishing/syncWords'],
    ['renderer/workflow/Probe.tsx', '../panels/publishing/PublishingPanel'],
    ['renderer/views/users/Probe.tsx', '../../auth/SetupScreen'],
    ['renderer/auth/Probe.tsx', '../editor/ArticleEditor'],
    ['renderer/common/assets/Probe.ts', '../../editor/nodes/FigureSelection'],
    ['renderer/ui/Probe.ts', '../common/route'],
    ['renderer/platform/Probe.ts', '../ui/toasts'],
  ])('%s may not import %s', async (filePath, specifier) => {
    const problems = await layerProblems(filePath, specifier);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('what two features share belongs in common/');
  });

  it.each([
    ['renderer/editor/citations/Probe.ts', '../../common/sources/sourceLabels'],
    ['renderer/panels/rights/Probe.ts', '../../editor/nodes/FigureSelection'],
    ['renderer/views/settings/Probe.tsx', '../publishing/PublishingTargetsSection'],
    ['renderer/common/publishing/Probe.ts', '../../ui/localTime'],
    ['renderer/app/Probe.tsx', '../panels/registry'],
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await layerProblems(filePath, specifier)).toEqual([]);
  });
});
