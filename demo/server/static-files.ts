/**
 * Serving the demo page's files: `demo/index.html` at `/`, and the
 * folders the demo is built from (`app/`, `dist/`, `hosts/`, `public/`),
 * with `public/` also answering at the root (for `mockServiceWorker.js`).
 * `/dist/` falls back to the package build (`<repo>/dist`, where the
 * single-file bundle the plain HTML host page loads is written).
 * Paths are decoded once, checked segment by segment, and must stay
 * inside their folder, so `..` and encoded tricks get a 404.
 */
import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const SERVED_FOLDERS = new Set(['app', 'dist', 'hosts', 'public']);

/**
 * The files a URL path may name, most specific first: inside the demo
 * folder `root`, then, for `/dist/...`, inside `packageDist`.
 */
export function staticCandidates(
  root: string,
  packageDist: string | null,
  urlPath: string,
): string[] {
  const inDemo = resolveStaticPath(root, urlPath);
  if (!inDemo) {
    return [];
  }
  const distPrefix = resolve(root, 'dist') + sep;
  if (packageDist && inDemo.startsWith(distPrefix)) {
    const rest = inDemo.slice(distPrefix.length);
    return [inDemo, join(resolve(packageDist), rest)];
  }
  return [inDemo];
}

/** The file a URL path names inside `root`, or null. */
export function resolveStaticPath(
  root: string,
  urlPath: string,
): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) {
    return null;
  }
  if (segments.length === 0) {
    return join(root, 'index.html');
  }
  if (segments.length === 1 && segments[0] === 'index.html') {
    return join(root, 'index.html');
  }
  const [top] = segments;
  const relative = SERVED_FOLDERS.has(top!)
    ? segments
    : ['public', ...segments];
  const full = resolve(root, ...relative);
  return full.startsWith(resolve(root) + sep) ? full : null;
}

/** Answers a GET or HEAD for a static file; false when there is none. */
export async function serveStatic(
  root: string,
  packageDist: string | null,
  urlPath: string,
  method: string,
  res: ServerResponse,
): Promise<boolean> {
  const found = await firstFile(staticCandidates(root, packageDist, urlPath));
  if (!found) {
    return false;
  }
  const { file, info } = found;
  res.writeHead(200, {
    'Content-Type':
      MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).on('end', done).pipe(res);
  });
  return true;
}

async function firstFile(
  candidates: string[],
): Promise<{ file: string; info: Stats } | null> {
  for (let file of candidates) {
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (info?.isFile()) {
      return { file, info };
    }
  }
  return null;
}
