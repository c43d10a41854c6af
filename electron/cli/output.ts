import type { RpcResult } from '../../shared/contract/rpc';

/** Exit statuses of PRODUCT.md: 0 success, 1 findings that block, 2 bad input. */
export const EXIT = { ok: 0, blocked: 1, badInput: 2, internal: 70 } as const;

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Unwraps a router result; a typed error becomes a message on stderr and an exit status. */
export function unwrap<T>(result: RpcResult<unknown>): T {
  if (result.ok) return result.value as T;
  const exitCode = result.error.code === 'INTERNAL' ? EXIT.internal : EXIT.badInput;
  throw new CliFailure(`galley: ${result.error.message} (${result.error.code})`, exitCode);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A count and its noun, in the number it takes: "1 warning", "2 warnings", "0 notes". Every count the CLI prints goes through it. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
