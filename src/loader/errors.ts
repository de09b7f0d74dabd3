export type IngestErrorCode = 'BAD_INPUT' | 'TOO_LARGE' | 'EMPTY' | 'NOT_AN_ARTICLE' | 'NOT_FOUND';

/** An article the loader refuses, with a reason a user can act on. Nothing is written. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    /** The input field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
