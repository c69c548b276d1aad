/**
 * `org-user-kit/testing`: the sandbox backend and its MSW handlers, for
 * partners' own tests and demos.
 */
export {
  createSandbox,
  DEFAULT_SEED,
  DEFAULT_START,
  type JournalEntry,
  type Persona,
  type Sandbox,
  type SandboxOptions,
  type SandboxSnapshot,
} from './sandbox.js';
export { sandboxHandlers, type SandboxHandlerOptions } from './msw.js';
export { Refusal, isRefusal } from './core/refusal.js';
export type { AccountView, EmailView, SpaceEntryView } from './core/types.js';
