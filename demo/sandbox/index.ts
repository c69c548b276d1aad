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
export { Refusal, isRefusal, type RefusalExtra } from './core/refusal.js';
export type {
  AccountView,
  AnyErrorCode,
  EmailView,
  ErrorCode,
  PersonaView,
  SandboxErrorCode,
  SandboxSchemas,
  Schemas,
  SpaceEntryView,
} from './core/types.js';
export type { ClockMode } from './core/clock.js';
export type {
  components as SandboxComponents,
  paths as SandboxPaths,
} from './generated/sandbox-api.js';
