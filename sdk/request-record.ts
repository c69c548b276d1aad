import type { RequestRecord } from './api-error.js';

const SECRET_PARAM = /token|secret|password|signature|api[-_]?key/i;

/**
 * The method and URL of a request, safe to keep in an error or a log: the
 * token travels only in the `Authorization` header, which is never read
 * here, and user info or secret-looking query values in the URL are
 * replaced, in case a caller's base URL carries one.
 */
export function recordOf(method: string, url: string): RequestRecord {
  return { method: method.toUpperCase(), url: redactUrl(url) };
}

function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '[unparsable URL]';
  }
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) {
      url.searchParams.set(name, 'redacted');
    }
  }
  return url.href;
}
