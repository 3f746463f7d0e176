/**
 * The public API of the form layer: renderer registry and testers, calculations, schema and
 * UI schema helpers, identifier checks, and the types hosts use.
 *
 * @example
 * import { registerRenderer, rankWith, formatIs, registerCalculation } from '@duikit/components';
 */
export type * from '@duikit/core/form/types';
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
export { generateUiSchema } from '@duikit/core/form/uischema';
export { resolveSchema, resolveScope } from '@duikit/core/form/schema';
export { checkIns, checkFiness, compactId, type IdCheck } from '@duikit/core/form/identifiers';
export type { FileRef, UploadFile } from './widgets/file.js';
export { createField, labelOf } from './field.js';
export { bindControl } from './bind.js';
