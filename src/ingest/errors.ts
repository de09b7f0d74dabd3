// Input that cannot be an article. The CLI prints `code: message`; callers can
// switch on `code` instead of parsing text.

export type ExtractionErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NOT_CHINESE';

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}
