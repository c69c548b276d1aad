/**
 * Development-only diagnostics. Production builds replace
 * `process.env.NODE_ENV` with `"production"`, which turns {@link DEV_MODE}
 * into a constant `false` and lets the minifier drop every warning.
 */

function readDevMode(): boolean {
  // Why the try: in a browser without a bundler `process` does not exist,
  // and that is a development setting (tests, the demo's dev server).
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/** True in development builds; false once bundled for production. */
export const DEV_MODE: boolean = readDevMode();

const warned = new Set<string>();

/**
 * Prints a developer warning once per `code`, prefixed with the package
 * name, and only in development builds.
 *
 * @param code - A stable identifier, such as `tag-taken`.
 * @param message - One plain sentence saying what happened and what to do.
 */
export function warnOnce(code: string, message: string): void {
  if (!DEV_MODE || warned.has(code)) {
    return;
  }

  warned.add(code);
  console.warn(`org-user-kit: ${message} (${code})`);
}
