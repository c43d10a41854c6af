// Ubuntu 23.10 and later forbid unprivileged user namespaces (AppArmor), which Chromium's
// sandbox uses when its setuid helper is not set up: an unpackaged Electron (and the
// AppImage) then stops at start. The .deb installs the helper and is not affected.

const SANDBOX_FAILURE = /chrome-sandbox|SUID sandbox helper|No usable sandbox|Failed to move to new namespace/i;

export const isSandboxFailure = (stderr) => SANDBOX_FAILURE.test(stderr);

/** What to do, in the words of the README's "If Electron stops at the sandbox". */
export function sandboxHelp(binary) {
  const sandbox = binary.replace(/[^/\\]+$/, 'chrome-sandbox');
  return [
    'Electron stopped because this Linux does not let it start its sandbox (Ubuntu 23.10 and later block unprivileged user namespaces).',
    'Galley does not run without the sandbox; do one of these, then run `npm start` again:',
    `  - give the development binary its setuid helper: sudo chown root:root ${sandbox} && sudo chmod 4755 ${sandbox}`,
    '  - or allow user namespaces for it with an AppArmor profile (see "If Electron stops at the sandbox" in the README);',
    '  - or install the .deb package (`npm run package`), which is not affected, or run `npm run start:web`.',
  ].join('\n');
}
