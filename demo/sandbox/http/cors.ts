/**
 * CORS, so a page on another origin (a partner's dev server, the docs'
 * live demo) can call the sandbox with a bearer token. No cookies are
 * involved, so any origin may call.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Retry-After, X-Request-Id, Idempotent-Replayed, WWW-Authenticate',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-Id',
  'Access-Control-Max-Age': '600',
};
