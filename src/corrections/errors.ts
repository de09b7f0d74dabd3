export type CorrectionErrorCode = 'BAD_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** A correction refused, with a reason the analyst can act on. Nothing is written. */
export class CorrectionError extends Error {
  constructor(
    readonly code: CorrectionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CorrectionError';
  }
}

export const badInput = (message: string) => new CorrectionError('BAD_INPUT', message);
export const notFound = (message: string) => new CorrectionError('NOT_FOUND', message);
