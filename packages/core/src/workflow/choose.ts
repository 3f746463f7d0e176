/**
 * Which definition an establishment runs: the variant written for its category (`appliesTo`)
 * replaces the base it extends.
 */
import type { CompiledWorkflow, WorkflowRegistry } from './registry.js';

/**
 * The definition of `id` for an establishment category: the latest variant of `id` whose
 * `appliesTo` lists the category, else the latest `id` itself.
 *
 * @example
 * definitionFor(registry, 'assessment', 'ehpad')?.ref; // 'assessment-ehpad@1.0.0'
 */
export function definitionFor(
  registry: WorkflowRegistry,
  id: string,
  category: string | undefined,
): CompiledWorkflow | undefined {
  const variants = category
    ? registry
        .list()
        .filter((c) => c.variantOf?.startsWith(`${id}@`) && c.definition.appliesTo.includes(category))
    : [];
  return variants.length ? registry.latest(variants[variants.length - 1].definition.id) : registry.latest(id);
}
