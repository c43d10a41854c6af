import type { Redactor } from '../../shared/sources/redaction';

export type LogFunction = (message: string, error: unknown) => void;

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A log that never carries a confidential source's identity: the message and the error's
 * text (stack included) pass through the library's redactor before they are written. An
 * error can quote anything a request carried, so the whole text is redacted, not fields.
 *
 * When the redactor cannot be made (the database itself failing, often the very error
 * being logged), the error's detail is withheld rather than written unchecked.
 */
export function redactedLog(redactor: () => Redactor, log: LogFunction): LogFunction {
  return (message, error) => {
    let current: Redactor;
    try {
      current = redactor();
    } catch (lookup) {
      const reason = lookup instanceof Error ? lookup.message : String(lookup);
      log(message, `(detail withheld: the confidential sources could not be read to redact it: ${reason})`);
      return;
    }
    log(current.text(message), current.active ? current.text(describe(error)) : error);
  };
}
