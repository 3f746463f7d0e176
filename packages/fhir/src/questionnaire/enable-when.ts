/**
 * `enableWhen` / `enableBehavior` as JSON Forms rules (`SHOW` when the condition holds), scoped
 * to the data level the item belongs to.
 */
import { token, valueOf } from './answers.js';
import type { Coding, ConversionWarning, EnableWhen, QuestionnaireItem } from './types.js';

type Json = Record<string, unknown>;

/** A data level: a property bag with its required list (the top, or a repeating group's items). */
export interface Level {
  properties: Json;
  required: string[];
  data: Json;
  /** JSON Pointer of the level's object, for scopes (`#` or `#/properties/g/items`). */
  base: string;
  linkIds: Set<string>;
}

/** The JSON Forms condition of one enableWhen. */
function condition(
  ew: EnableWhen,
  level: Level,
  item: QuestionnaireItem,
  warn: (w: ConversionWarning) => void,
): Json | undefined {
  if (!level.linkIds.has(ew.question)) {
    warn({
      linkId: item.linkId,
      what: 'enableWhen',
      message: {
        fr: `enableWhen vers « ${ew.question} », hors de ce niveau du formulaire : l’item reste visible.`,
        en: `enableWhen on "${ew.question}", outside this level of the form: the item stays visible.`,
      },
    });
    return undefined;
  }
  const scope = `${level.base}/properties/${token(ew.question)}`;
  const answer = valueOf(
    Object.fromEntries(
      Object.entries(ew)
        .filter(([k]) => k.startsWith('answer'))
        .map(([k, v]) => [k.replace(/^answer/, 'value'), v]),
    ),
  );
  let v = answer?.value;
  if (answer?.key === 'valueCoding') v = (v as Coding).code;
  switch (ew.operator) {
    case 'exists':
      return v ? { scope, schema: {}, failWhenUndefined: true } : { scope, schema: { not: {} } };
    case '=':
      return { scope, schema: { const: v }, failWhenUndefined: true };
    case '!=':
      return { scope, schema: { not: { const: v } } };
    case '>':
      return { scope, schema: { exclusiveMinimum: v }, failWhenUndefined: true };
    case '<':
      return { scope, schema: { exclusiveMaximum: v }, failWhenUndefined: true };
    case '>=':
      return { scope, schema: { minimum: v }, failWhenUndefined: true };
    case '<=':
      return { scope, schema: { maximum: v }, failWhenUndefined: true };
  }
}

export function rule(
  item: QuestionnaireItem,
  level: Level,
  warn: (w: ConversionWarning) => void,
): Json | undefined {
  const conditions = (item.enableWhen ?? [])
    .map((ew) => condition(ew, level, item, warn))
    .filter((c): c is Json => !!c);
  if (!conditions.length) return undefined;
  if (conditions.length === 1) return { effect: 'SHOW', condition: conditions[0] };
  return { effect: 'SHOW', condition: { type: item.enableBehavior === 'any' ? 'OR' : 'AND', conditions } };
}
