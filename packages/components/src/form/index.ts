/**
 * The public API of the form layer: renderer registry and testers, calculations, schema and
 * UI schema helpers, identifier checks, and the types hosts use.
 *
 * @example
 * import { registerRenderer, rankWith, formatIs, registerCalculation } from '@duikit/components';
 */
export type * from './types.js';
export type {
  ControlBinding,
  RenderContext,
  RenderedNode,
  Renderer,
  RendererEntry,
  Tester,
} from './contracts.js';
export { registerLazyRenderer, registerRenderer, rendererEntries } from './registry.js';
export {
  NOT_APPLICABLE,
  and,
  or,
  rankWith,
  uiTypeIs,
  schemaTypeIs,
  formatIs,
  optionIs,
  isEnum,
  isMultiEnum,
} from './testers.js';
export { registerCalculation, getCalculation, loadCalculations, type Calculation } from './calculations.js';
export { generateUiSchema } from './uischema.js';
export { resolveSchema, resolveScope } from './schema.js';
export { checkIns, checkFiness, compactId, type IdCheck } from './widgets/identifiers.js';
export type { FileRef, UploadFile } from './widgets/file.js';
export { createField, labelOf } from './field.js';
export { bindControl } from './bind.js';
