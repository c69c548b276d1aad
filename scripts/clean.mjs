// Removes the build outputs named on the command line, such as `dist`, so
// that a build never ships a file left over from an earlier one.
import { rm } from 'node:fs/promises';

for (const path of process.argv.slice(2)) {
  await rm(path, { recursive: true, force: true });
}
