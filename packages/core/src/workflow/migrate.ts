/**
 * Moving in-flight instances to a new version of their definition. The new version declares a
 * migration from the old one (state mapping, data defaults); without one, states must keep
 * their names. An instance that cannot be mapped is reported by id and left untouched.
 */
import type { CallContext } from '../actor.js';
import { saveAudited } from './commit.js';
import type { CompiledWorkflow } from './registry.js';
import { INSTANCES, type Kernel, type StoredInstance } from './kernel.js';
import { errorText, ProblemError, renderProblemText } from './problem.js';
import type { ProblemText } from './types.js';
import type { WorkflowInstance } from './runtime-types.js';
import { scheduleDeadlines } from './schedule.js';
import { guardInput } from './builtins.js';
import { activePaths, leafPaths, stateAt, stateKind, valueFromLeaves } from './walk.js';

/** What a migration did (or would do, in a dry run). */
export interface MigrationReport {
  from: string;
  to: string;
  dryRun: boolean;
  migrated: { instanceId: string; fileId: string; from: string[]; to: string[] }[];
  errors: { instanceId: string; fileId: string; message: string }[];
}

/** Expands a mapped path to leaves: a compound state enters its initial child, a parallel all. */
function expand(wf: CompiledWorkflow, path: string): string[] {
  const s = stateAt(wf.definition, path);
  if (!s) throw new ProblemError({ key: 'workflow.instance.no-state', params: { state: path, ref: wf.ref } });
  const kind = stateKind(s);
  if (kind === 'compound') return expand(wf, `${path}.${s.initial}`);
  if (kind === 'parallel') return Object.keys(s.states ?? {}).flatMap((c) => expand(wf, `${path}.${c}`));
  return [path];
}

/**
 * Maps an instance's leaves through a state mapping (exact path first, then the longest mapped
 * ancestor, whose suffix is kept).
 *
 * @example
 * mapLeaves(v2, ['contract.sign'], { contract: 'contractualisation' }); // ['contractualisation.sign']
 */
export function mapLeaves(wf: CompiledWorkflow, leaves: string[], mapping: Record<string, string>): string[] {
  const out = leaves.flatMap((leaf) => {
    const parts = leaf.split('.');
    for (let i = parts.length; i > 0; i--) {
      const prefix = parts.slice(0, i).join('.');
      if (prefix in mapping) return expand(wf, [mapping[prefix], ...parts.slice(i)].join('.'));
    }
    return expand(wf, leaf);
  });
  return [...new Set(out)];
}

/** Builds the migrated record (throws with a message naming the problem). */
function migrateOne(inst: WorkflowInstance, to: CompiledWorkflow, now: Date): WorkflowInstance {
  const version = inst.definition.split('@')[1];
  const migration = to.definition.migrations?.find((m) => m.from === version);
  const leaves = mapLeaves(to, leafPaths(inst.snapshot.value), migration?.states ?? {});
  const context = { ...(migration?.data ?? {}), ...inst.snapshot.context };
  const snapshot = to.machine.resolveState({ value: valueFromLeaves(leaves) as never, context });
  const at = now.toISOString();
  const enteredAt: Record<string, string> = {};
  for (const p of activePaths(leaves)) enteredAt[p] = inst.enteredAt[p] ?? at;
  const root = guardInput(context, { type: '', $now: at }, to.definition.parameters ?? {});
  return {
    ...inst,
    definition: to.ref,
    snapshot: to.machine.getPersistedSnapshot(snapshot) as unknown as WorkflowInstance['snapshot'],
    states: leaves,
    enteredAt,
    deadlines: scheduleDeadlines(to.definition, leaves, root, enteredAt, inst.deadlines),
    history: [
      ...inst.history,
      {
        at,
        by: 'system',
        event: 'migrate',
        from: inst.states,
        to: leaves,
        purpose: `${inst.definition} → ${to.ref}`,
      },
    ],
    updatedAt: at,
  };
}

/** The migration method. */
export function migrateApi(k: Kernel) {
  return {
    /**
     * Migrates the active instances of `from` to `to` (both `id@version`). With `dryRun`, lists
     * what would change and writes nothing.
     *
     * @example
     * const report = await runtime.migrate({ from: 'admission@1.0.0', to: 'admission@1.1.0', dryRun: true });
     */
    async migrate(req: {
      from: string;
      to: string;
      dryRun?: boolean;
      ctx?: CallContext;
    }): Promise<MigrationReport> {
      const to = k.registry.get(req.to);
      if (!to) throw new Error(k.t('workflow.migrate.unregistered', { to: req.to }));
      if (to.definition.id !== req.from.split('@')[0]) {
        throw new Error(k.t('workflow.migrate.other-id', { from: req.from, to: req.to }));
      }
      const say = (key: string, params: ProblemText['params']) =>
        renderProblemText({ key: `workflow.migrate.${key}`, params }, k.t);
      const report: MigrationReport = {
        from: req.from,
        to: req.to,
        dryRun: req.dryRun === true,
        migrated: [],
        errors: [],
      };
      const hot = await k.store.query<StoredInstance>(INSTANCES, {
        where: { definition: req.from, status: 'active' },
      });
      for (const one of hot) {
        const rec = await k.withHistory(one);
        const inst = rec.data;
        let next: WorkflowInstance;
        try {
          next = migrateOne(inst, to, k.clock());
        } catch (e) {
          report.errors.push({
            instanceId: inst.id,
            fileId: inst.fileId,
            message: say('instance', {
              instance: inst.id,
              error: errorText(e),
            }),
          });
          continue;
        }
        const audit = {
          ctx: req.ctx ?? null,
          action: 'workflow.migrate' as const,
          instanceId: inst.id,
          fileId: inst.fileId,
          detail: { from: req.from, to: req.to },
        };
        if (!req.dryRun && !(await saveAudited(k, next, rec.version, inst.history.length, audit))) {
          report.errors.push({
            instanceId: inst.id,
            fileId: inst.fileId,
            message: say('changed', { instance: inst.id }),
          });
          continue;
        }
        report.migrated.push({
          instanceId: inst.id,
          fileId: inst.fileId,
          from: inst.states,
          to: next.states,
        });
      }
      return report;
    },
  };
}
