import type { Redactor } from '../../shared/sources/redaction';

type Write = typeof process.stdout.write;

/**
 * Runs a command with everything it prints on stdout passed through the redactor, so that
 * no command (a list of headlines, an export, a check's messages) can print a confidential
 * source's identity, whoever wrote it. Restores stdout afterwards.
 */
export async function withRedactedStdout<T>(redactor: Redactor, run: () => Promise<T>): Promise<T> {
  if (!redactor.active) return run();
  const original: Write = process.stdout.write;
  const decoder = new TextDecoder();
  const redacting = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.decode(chunk) : String(chunk);
    return (original as (this: NodeJS.WriteStream, chunk: string, ...args: unknown[]) => boolean).call(this, redactor.text(text), ...rest);
  };
  process.stdout.write = redacting as Write;
  try {
    return await run();
  } finally {
    process.stdout.write = original;
  }
}
