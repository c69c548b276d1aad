/**
 * `npm start`: runs the sandbox server and prints where it is.
 *
 *   PORT=8787            port on 127.0.0.1 (0 picks a free one)
 *   --state FILE         keep the state in FILE (or SANDBOX_STATE=FILE)
 *   SANDBOX_CLOCK=manual time moves only with the demo's clock control
 *                        (default: real, starting at the seed instant)
 */
import { PERSONAS } from '../sandbox/seed/personas.js';
import { startServer } from './server.js';

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  if (at >= 0) {
    return args[at + 1];
  }
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const port = Number(process.env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not ${process.env['PORT']}`);
  }
  const stateFile = argument('--state') ?? process.env['SANDBOX_STATE'];
  const clock = process.env['SANDBOX_CLOCK'] === 'manual' ? 'manual' : 'real';
  const server = await startServer({
    port,
    clock,
    ...(stateFile ? { stateFile } : {}),
  });

  const owner = PERSONAS.find((p) => p.key === 'team-owner')!;
  process.stdout.write(
    [
      `org-user-kit sandbox running at ${server.url}/`,
      `  API base URL: ${server.apiUrl}`,
      `  Owner token (${owner.orgId}): ${owner.token}`,
      stateFile ? `  State file: ${stateFile}` : '  State: in memory',
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const stop = (signal: NodeJS.Signals) => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `Could not save the state on ${signal}: ${error}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `org-user-kit sandbox could not start: ${
      error instanceof Error ? error.message : String(error)
    }\n`,
  );
  process.exit(1);
});
