// Types for hub-node.mjs (plain JavaScript so that build/scripts/test.mjs can import it unbuilt).
export declare const HUB_NODE_MAJOR: number;
export declare const HUB_NODE_HELP: string;
export interface HubNode {
  /** The executable to spawn. */
  command: string;
  /** Variables the child needs besides the caller's own (ELECTRON_RUN_AS_NODE for Electron). */
  env: Record<string, string>;
  /** Where it came from, for a person reading the output. */
  source: string;
}
export declare function npmNodeBinary(root: string, platform?: NodeJS.Platform, arch?: string): string | null;
export declare function findHubNode(options: {
  root: string;
  execPath?: string;
  version?: string;
  env?: Readonly<Record<string, string | undefined>>;
}): HubNode | null;
