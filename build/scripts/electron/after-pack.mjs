// electron-builder's afterPack hook (build/electron-builder.yml). Packaging does not
// rebuild native modules (npmRebuild: false): that would rebuild better-sqlite3 in the
// project's own node_modules, and the CLI, the web host and the tests would then fail to
// load it. Instead the packaged app's copy is replaced by the Electron build `npm start`
// uses, made for the package's platform and architecture.
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import builderUtil from 'builder-util';
import { ensureElectronSqlite } from './sqlite-for-electron.mjs';

const UNPACKED_ADDON = ['app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];

export async function afterPack(context) {
  const { appOutDir, electronPlatformName, arch, packager } = context;
  const built = ensureElectronSqlite({
    root: packager.info.projectDir,
    version: packager.info.framework.version,
    // The Mac App Store build is a macOS build.
    platform: electronPlatformName === 'mas' ? 'darwin' : electronPlatformName,
    arch: builderUtil.Arch[arch],
  });
  // Unpacked (asarUnpack), so outside the archive whose header the integrity fuse checks.
  const target = path.join(packager.getResourcesDir(appOutDir), ...UNPACKED_ADDON);
  if (!existsSync(target)) throw new Error(`The packaged app has no ${target}: is better-sqlite3 still in asarUnpack?`);
  copyFileSync(built, target);
}

export default afterPack;
