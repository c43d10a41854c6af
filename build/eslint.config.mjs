// Lint enforces the folder boundaries of the architecture:
// - only electron/app and electron/preload import `electron`;
// - shared/ imports no DOM and no Node (it runs in both processes and headless), except
//   shared/node/, which the workstation's main process and the hub share and the rest of
//   shared/ and the renderer never import;
// - the hub (hub/) has its own runtime: it imports shared/, never electron/ or renderer/;
// - the renderer imports no Node, no electron/ code and no native modules;
// - only the transports (electron/app, electron/host) and the composition root (electron/services.ts)
//   import electron/ipc, the router and its handlers: the services never see how they are called;
// - inside the renderer, a folder imports only the layers below it (see rendererLayers);
// - inside electron/, a feature folder reads another feature's tables only through that
//   feature's ports (its store or service), never its `*repository*` files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const noElectron = { regex: '^electron(/.*)?$', message: 'Only electron/app and electron/preload may import electron.' };
const noNode = { group: nodeBuiltins, message: 'This folder runs outside Node: no Node built-ins.' };
const noMainSide = { group: ['**/electron/**', 'better-sqlite3'], message: 'The renderer talks to the main side only through the Bridge (renderer/platform).' };
const noIpc = { group: ['**/ipc', '**/ipc/**'], message: 'Only the transports and the composition root (electron/services.ts) import electron/ipc.' };
const noSharedNode = { group: ['**/shared/node', '**/shared/node/**', '**/node/**'], message: 'shared/node/ is for Node (the main process and the hub): this folder does not run in Node.' };
const noWorkstation = { group: ['**/electron/**', '**/renderer/**', 'better-sqlite3'], message: 'The hub is its own runtime (Node 22): it shares code only through shared/.' };
const noReactDom = { group: ['react-dom', 'react-dom/*', '@lexical/react', '@lexical/react/*'], message: 'shared/ has no DOM: rendering belongs to the renderer.' };
// The renderer's layers, lowest first. A folder may import its own files and the folders it
// lists; what two features share moves down into common/ rather than one reaching into the
// other. The shell (app/, main.tsx) puts the features together and may import them all.
const rendererFolders = ['platform', 'ui', 'common', 'review', 'editor', 'panels', 'workflow', 'views', 'auth', 'app'];
const rendererLayers = {
  platform: [], // the Bridge to the main side
  ui: ['platform'], // widgets and hooks that know no feature
  common: ['platform', 'ui'], // what features share: the signed-in user, the route, commands, saves, labels
  review: ['platform', 'ui', 'common'], // the diff and the changes since a look, shown by the workspace and the panels
  editor: ['platform', 'ui', 'common', 'review'],
  // The side panels, the workflow header and the desk screens act on the open article, so they may use the editor's stores and nodes.
  panels: ['platform', 'ui', 'common', 'review', 'editor'],
  workflow: ['platform', 'ui', 'common', 'review', 'editor'],
  views: ['platform', 'ui', 'common', 'review', 'editor'],
  auth: ['platform', 'ui', 'common'], // the sign-in and setup screens
};
// Imports are relative, so a folder is recognised as "../" (as often as needed) then its name:
// no folder inside a layer shares a name with a renderer folder it may not import.
const rendererLayerRules = Object.entries(rendererLayers).map(([folder, below]) => {
  const barred = rendererFolders.filter((each) => each !== folder && !below.includes(each));
  return {
    files: [`renderer/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNode,
            noMainSide,
            { regex: `^(\\.\\./)+(${barred.join('|')})/`, message: `renderer/${folder} may import only ${below.length > 0 ? below.join(', ') : 'shared/'} of the renderer: what two features share belongs in common/.` },
          ],
        },
      ],
    },
  };
});
// A relative import that leaves the folder and names a repository file: another feature's tables.
const noOtherRepository = {
  group: ['../*/**/*repository*', '../../*/**/*repository*'],
  message: "Another feature's tables are its own: use its store or port (handed in by electron/services.ts), not its repository.",
};
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'location'].map((name) => ({
  name,
  message: 'shared/ runs headless in Node as well as in the renderer: no DOM globals.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noElectron] }],
    },
  },
  {
    files: ['electron/app/**', 'electron/preload/**', 'tests/electron/**', 'build/scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/app/**', 'electron/preload/**', 'electron/host/**', 'electron/ipc/**', 'electron/services.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noIpc, noOtherRepository] }] },
  },
  {
    files: ['electron/host/**', 'electron/ipc/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noOtherRepository] }] },
  },
  {
    files: ['shared/**'],
    ignores: ['shared/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noNode, noReactDom, noSharedNode, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of the project but itself.' }] },
      ],
      'no-restricted-globals': ['error', ...domGlobals, { name: 'process', message: 'shared/ has no Node.' }, { name: 'Buffer', message: 'shared/ has no Node.' }],
    },
  },
  {
    files: ['shared/node/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noReactDom, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of the project but itself.' }] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['hub/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noWorkstation] }] },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noMainSide, noSharedNode] }] },
  },
  ...rendererLayerRules,
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
