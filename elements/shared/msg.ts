/*
 * The parts of @lit/localize the elements use, imported from the modules
 * that define them rather than from the package's entry point.
 *
 * Why: the entry point also carries the runtime that loads translations
 * and looks messages up by id, which a page needs only once it switches
 * locale; localize.ts imports that runtime on demand. Importing `msg`
 * from the entry point would put the runtime in every bundle. The
 * package's own source means to split them in a future version; until
 * then, msg.test.ts checks that these are the very functions the entry
 * point exports, so an upgrade that moves them fails there.
 */
export { msg } from '@lit/localize/init/install.js';
export { localized } from '@lit/localize/internal/localized-decorator.js';
export { str } from '@lit/localize/internal/str-tag.js';
