// Types for after-pack.mjs, so its test can call it.
export declare function afterPack(context: {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { info: { projectDir: string; framework: { version: string } }; getResourcesDir(appOutDir: string): string };
}): Promise<void>;
export default afterPack;
