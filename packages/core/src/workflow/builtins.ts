/**
 * The standard guard and action registry. Actions that change instance data are xstate `assign`
 * actions (pure); actions with side effects (notify, start a workflow, produce a document, host
 * actions) are *effects*: the runtime runs them after the transition is persisted.
 */
import { evaluateCondition } from '../conditions/evaluate.js';
import type { Condition } from '../conditions/types.js';
import { getAtPointer, setAtPointer } from '../json/pointer.js';
import { parisDate, resolveDuration } from './dates.js';
import type { Actor } from '../actor.js';
import { legalDataActions, legalGuards } from './legal-guards.js';

/** What every guard sees: one root object, also the data of declarative conditions. */
export interface GuardInput {
  context: Record<string, unknown>;
  event: { type: string; payload?: unknown; actor?: Pick<Actor, 'professionalId' | 'role'> | 'system' };
  userFile?: unknown;
  /** The definition's configurable parameters. */
  params: Record<string, unknown>;
  /** ISO 8601 instant of the call (the injected clock). */
  now: string;
}

/** A named guard of the registry. */
export type NamedGuard = (input: GuardInput, params: Record<string, unknown>) => boolean;

/** Internal xstate event shape: the public event plus the call's environment. */
export interface MachineEvent {
  type: string;
  payload?: unknown;
  $actor?: Pick<Actor, 'professionalId' | 'role' | 'establishment' | 'name'> | 'system';
  $now?: string;
  $userFile?: unknown;
  input?: { $now?: string; $actor?: MachineEvent['$actor']; $userFile?: unknown };
}

/** Builds the guard/condition root from xstate's `{ context, event }`. */
export function guardInput(
  context: Record<string, unknown>,
  event: MachineEvent,
  params: Record<string, unknown>,
): GuardInput {
  const env = event.input ?? event;
  return {
    context,
    event: { type: event.type, payload: event.payload, actor: env.$actor },
    userFile: env.$userFile,
    params,
    now: env.$now ?? new Date(0).toISOString(),
  };
}

/**
 * Standard named guards.
 * - `validOrientation`: a CDAPH decision orienting towards one of `categories` (TRE-R66 FINESS
 *   category codes, e.g. `183` IME, `255` MAS, or `*`) is open today (Paris). Reads the user
 *   file's `/rights/mdph/decisions` (each with `category`, `openingDate`, `expiryDate`, `kind`);
 *   refusals and closures never count. `path` and the field names are configurable.
 */
export const standardGuards: Record<string, NamedGuard> = {
  condition: (input, params) => evaluateCondition(params.condition as Condition, input),
  validOrientation: (input, params) => {
    const list = getAtPointer(input, (params.path as string) ?? '/userFile/rights/mdph/decisions');
    if (!Array.isArray(list)) return false;
    const categories = (params.categories as string[] | undefined) ?? ['*'];
    const [cat, from, to] = [
      (params.categoryField as string) ?? 'category',
      (params.fromField as string) ?? 'openingDate',
      (params.toField as string) ?? 'expiryDate',
    ];
    const today = parisDate(new Date(input.now));
    return list.some((item: Record<string, unknown>) => {
      const okCategory = categories.includes('*') || categories.includes(String(item?.[cat]));
      const opens = typeof item?.[from] === 'string' ? item[from].slice(0, 10) : '';
      const ends = typeof item?.[to] === 'string' ? item[to].slice(0, 10) : '9999-12-31';
      const counts = !['refusal', 'closure'].includes(String(item?.kind));
      return counts && okCategory && opens !== '' && opens <= today && today <= ends;
    });
  },
  ...legalGuards,
};

/** Reads `from` (a pointer into the guard root) or the literal `value`. */
function sourceValue(input: GuardInput, params: Record<string, unknown>): unknown {
  return typeof params.from === 'string' ? getAtPointer(input, params.from) : params.value;
}

type ContextUpdate = (input: GuardInput, params: Record<string, unknown>) => Record<string, unknown>;

/**
 * Standard data actions (pure updates of the instance data):
 * - `record` `{ path, value | from }`: sets a value (a fact) at `path`.
 * - `append` `{ path, value | from }`: appends to the list at `path`, stamped with time and author.
 * - `setDate` `{ path, from?, add?, instant? }`: sets a date (today in Paris, or `from`), plus `add`.
 * - `produceDocument` `{ type, title? }`: lists the document under `/documents` (the host's
 *   document hook then renders it, as an effect).
 */
export const standardDataActions: Record<string, ContextUpdate> = {
  record: (input, params) => setAtPointer(input.context, params.path as string, sourceValue(input, params)),
  append: (input, params) => {
    const path = params.path as string;
    const list = getAtPointer(input.context, path);
    const item = { value: sourceValue(input, params), at: input.now, by: actorRef(input) };
    return setAtPointer(input.context, path, [...(Array.isArray(list) ? (list as unknown[]) : []), item]);
  },
  setDate: (input, params) => {
    const from = typeof params.from === 'string' ? getAtPointer(input, params.from) : undefined;
    const add = typeof params.add === 'string' ? resolveDuration(params.add, input.params) : undefined;
    const duration = add && 'duration' in add ? add.duration : undefined;
    let value: string;
    if (params.instant === true) value = typeof from === 'string' ? from : input.now;
    else if (typeof from === 'string')
      value = parisDate(new Date(`${from.slice(0, 10)}T12:00:00Z`), duration);
    else value = parisDate(new Date(input.now), duration);
    return setAtPointer(input.context, params.path as string, value);
  },
  produceDocument: (input, params) => {
    const list = getAtPointer(input.context, '/documents');
    const doc = { type: params.type, title: params.title, at: input.now, by: actorRef(input) };
    return setAtPointer(input.context, '/documents', [
      ...(Array.isArray(list) ? (list as unknown[]) : []),
      doc,
    ]);
  },
  ...legalDataActions,
};

/**
 * Standard effect actions (run by the runtime after persisting). `updateAssessment` `{ status }`
 * sets the status of the stored assessment the instance points at (`/assessmentId` or
 * `/result/assessmentId`); the engine implements it, a bare runtime skips it.
 */
export const standardEffects = ['notify', 'startWorkflow', 'produceDocument', 'updateAssessment'] as const;

/** Standard effects a runtime without an implementation skips (the engine provides them). */
export const optionalEffects: readonly string[] = ['updateAssessment'];

function actorRef(input: GuardInput): string {
  const a = input.event.actor;
  return !a || a === 'system' ? 'system' : `${a.role}:${a.professionalId}`;
}
