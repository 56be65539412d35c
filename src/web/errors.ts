// One error type for the whole platform, mapped to an HTTP status and a translated page here only.

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_MEDIA'
  | 'RATE_LIMITED';

const STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Translation key of the message shown to the user. */
  readonly messageKey: string;
  /** Field name → translation key, for forms re-rendered with their errors. */
  readonly fields: Record<string, string>;
  readonly values: Record<string, string | number>;

  constructor(
    code: AppErrorCode,
    messageKey = `errors.${code.toLowerCase()}`,
    options: { fields?: Record<string, string>; values?: Record<string, string | number> } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.code = code;
    this.messageKey = messageKey;
    this.fields = options.fields ?? {};
    this.values = options.values ?? {};
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Maps Fastify's own errors (body too large, bad content type…) to our codes. */
export function toAppError(err: unknown): AppError | undefined {
  if (isAppError(err)) return err;
  const e = err as { code?: string; statusCode?: number };
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('VALIDATION', 'errors.bad_request');
  }
  if (e?.statusCode === 400 || (e as SyntaxError) instanceof SyntaxError)
    return new AppError('VALIDATION', 'errors.bad_request');
  if (e?.statusCode === 404) return new AppError('NOT_FOUND');
  if (e?.statusCode === 413) return new AppError('TOO_LARGE');
  if (e?.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA');
  return undefined;
}
