/**
 * Keeping the sandbox's state in a file across restarts. The file holds
 * the seed and the writes made over HTTP (see `exportState()`); it is
 * written atomically, to a temporary file renamed over the old one, so a
 * crash mid-write never leaves half a file.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Sandbox, SandboxSnapshot } from '../sandbox/sandbox.js';

export async function loadState(
  sandbox: Sandbox,
  file: string,
): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return false;
    }
    throw error;
  }
  const snapshot = JSON.parse(text) as SandboxSnapshot;
  await sandbox.importState(snapshot);
  return true;
}

let temporaryCount = 0;

export async function saveState(sandbox: Sandbox, file: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${++temporaryCount}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(sandbox.exportState()), 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Serializes saves: a save asked for while one runs happens once after
 * it, with the state as it is then.
 */
export class StateSaver {
  private running: Promise<void> | null = null;
  private again = false;
  private lastError: unknown = null;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly file: string,
  ) {}

  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop();
  }

  /** Waits for every requested save; rejects if the last one failed. */
  async flush(): Promise<void> {
    while (this.running) {
      await this.running;
    }
    if (this.lastError) {
      const error = this.lastError;
      this.lastError = null;
      throw error;
    }
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await saveState(this.sandbox, this.file);
        this.lastError = null;
      } catch (error) {
        this.lastError = error;
      }
    } while (this.again);
    this.running = null;
  }
}
