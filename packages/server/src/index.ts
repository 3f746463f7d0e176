/**
 * `@duikit/server`: the HTTP API over the engine and the reference host app.
 *
 * @packageDocumentation
 */
export { createServer, type ServerOptions } from './app.js';
export { contextOf } from './context.js';
export { signIn, signOut, actorFromSession, type AuthHook } from './auth.js';
export {
  memorySessions,
  storeSessions,
  SESSIONS,
  DEFAULT_IDLE_SECONDS,
  type SessionRegistry,
  type MemorySessionOptions,
  type StoreSessionOptions,
} from './sessions.js';
export { createDemoAuth, type DemoProfessional } from './demo-auth.js';
export { ApiError, type ApiErrorBody, type ApiErrorCode } from './errors.js';
export { CSRF_HEADER } from './csrf.js';
export { CSP_DIRECTIVES } from './security.js';
export type { SharedSchema } from './validation.js';
export { registerContractRoutes, type SessionHandlers } from './routes/contract.js';
export { startServer, main, type RunningServer } from './main.js';
export { readConfig, type ServerConfig } from './config.js';
export { DEMO_PROFESSIONALS, DEMO_PERSONS, DEMO_ESTABLISHMENTS, DEMO_INS_OID } from './seed/demo-data.js';
export { openDemoEngine, assembleDemoEngine, demoDirectory, type DemoEngine } from './demo-engine.js';
