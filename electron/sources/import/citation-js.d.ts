// The parts of citation-js that Galley uses; the packages ship no type declarations.
declare module '@citation-js/core' {
  interface ChainOptions {
    /** Skip format detection: parse the input as this type (detection would also fetch URLs). */
    forceType?: string;
    generateGraph?: boolean;
    maxChainLength?: number;
    target?: string;
  }
  export const plugins: { input: { chain(input: unknown, options?: ChainOptions): unknown } };
  export const logger: { level: string };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
