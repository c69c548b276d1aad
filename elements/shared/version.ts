/**
 * The package version, kept equal to package.json's by a test. The
 * registration module compares it so that two copies of the same version
 * on one page share one definition of each tag.
 */
export const VERSION = '0.1.0';
