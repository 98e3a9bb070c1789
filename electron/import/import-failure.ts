/**
 * A file that cannot be imported, with a reason the researcher can act on. Parsers throw it;
 * the worker turns it into a `failed` entry of the summary, so one bad file never stops an import.
 */
export class ImportFailure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ImportFailure';
  }
}

/** Throws an ImportFailure with `reason`. */
export function fail(reason: string): never {
  throw new ImportFailure(reason);
}
