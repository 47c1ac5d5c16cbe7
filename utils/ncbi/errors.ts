/**
 * Typed failures of the NCBI layer. The background turns them into an NcbiStatus for the UI;
 * callers branch on `kind`, never on message text.
 */

export type NcbiErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'invalid-input';

export class NcbiError extends Error {
  readonly kind: NcbiErrorKind;
  /** HTTP status, for kind 'http' (and for 'invalid-input' when NCBI itself rejected the ids). */
  readonly status?: number;

  constructor(kind: NcbiErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NcbiError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** A response body that is not the XML/JSON document we asked for (malformed, HTML error page, …). */
export class NcbiParseError extends NcbiError {
  constructor(message: string, cause?: unknown) {
    super('parse', message, { cause });
    this.name = 'NcbiParseError';
  }
}
