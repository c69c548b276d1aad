/**
 * Matching a path such as `/orgs/{orgId}/users/{userId}` against the part
 * of the URL after `/v1`. Segments are matched before they are decoded,
 * so a percent-encoded `/` inside an email stays inside its parameter.
 */
export interface Matchable {
  method: string;
  path: string;
}

export interface Match<R> {
  route: R;
  params: Record<string, string>;
}

export type MatchResult<R> =
  | { kind: 'found'; match: Match<R> }
  | { kind: 'wrong_method'; allowed: string[] }
  | { kind: 'bad_encoding' }
  | { kind: 'none' };

export function matchRoute<R extends Matchable>(
  routes: readonly R[],
  method: string,
  path: string,
): MatchResult<R> {
  const segments = path.split('/').slice(1);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, segments);
    if (params === 'bad_encoding') {
      return { kind: 'bad_encoding' };
    }
    if (!params) {
      continue;
    }
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    return { kind: 'found', match: { route, params } };
  }
  return allowed.length > 0
    ? { kind: 'wrong_method', allowed }
    : { kind: 'none' };
}

function matchPath(
  pattern: string,
  segments: string[],
): Record<string, string> | null | 'bad_encoding' {
  const parts = pattern.split('/').slice(1);
  if (parts.length !== segments.length) {
    return null;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith('{')) {
      try {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
      } catch {
        return 'bad_encoding';
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}
