export type * from './types.js';
export * from './result.js';
export { createEngine } from './create-engine.js';
export { PARTS } from './files.js';
export { createEngineWorkflows, type EngineWorkflowsOption } from './workflows.js';
