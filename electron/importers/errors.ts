/** A file Galley will not import, with a message meant for the person who chose it. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
