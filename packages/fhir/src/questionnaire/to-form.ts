/**
 * A FHIR R4 Questionnaire as a `<dui-form>` definition: a JSON Schema (the data, one property per
 * answerable linkId, arrays for repeating items and groups) and a JSON Forms UI schema (groups,
 * labels, rules from `enableWhen`). What the form cannot honour is listed in `warnings`.
 */
import type {
  AnswerValue,
  Coding,
  ConversionWarning,
  EnableWhen,
  Questionnaire,
  QuestionnaireItem,
} from './types.js';

type Json = Record<string, unknown>;
type Ui = Json & { type: string };

/** The form definition of a Questionnaire. */
export interface QuestionnaireForm {
  schema: Json;
  uischema: Ui;
  /** The `initial` answers, as form data. */
  data: Json;
  warnings: ConversionWarning[];
}

const EXT = 'http://hl7.org/fhir/StructureDefinition/';
/** Extensions the conversion applies. */
const SUPPORTED = new Set([
  `${EXT}minValue`,
  `${EXT}maxValue`,
  `${EXT}entryFormat`,
  `${EXT}questionnaire-unit`,
]);

/** A property name as a JSON Pointer token. */
const token = (linkId: string) => linkId.replace(/~/g, '~0').replace(/\//g, '~1');

/** The single `value[x]` of an answer, initial value or option. */
export function valueOf(v: AnswerValue | undefined): { key: string; value: unknown } | undefined {
  const key = v && Object.keys(v).find((k) => k.startsWith('value'));
  return key ? { key, value: v[key] } : undefined;
}

/** The options of a choice item: answerOption, or the expansion of a contained ValueSet. */
export function choiceOptions(
  q: Questionnaire,
  item: QuestionnaireItem,
): { value: unknown; label: string; coding?: Coding }[] | undefined {
  if (item.answerOption)
    return item.answerOption.map((o) => {
      const v = valueOf(o);
      const coding = v?.key === 'valueCoding' ? (v.value as Coding) : undefined;
      return coding
        ? { value: coding.code, label: coding.display ?? String(coding.code), coding }
        : { value: v?.value, label: String(v?.value) };
    });
  if (item.answerValueSet?.startsWith('#')) {
    const vs = q.contained?.find(
      (r) => r.resourceType === 'ValueSet' && r.id === item.answerValueSet?.slice(1),
    );
    const codings: Coding[] =
      vs?.expansion?.contains ??
      (vs?.compose?.include ?? []).flatMap((inc) =>
        (inc.concept ?? []).map((c) => ({ system: inc.system, ...c })),
      );
    return codings.map((c) => ({ value: c.code, label: c.display ?? String(c.code), coding: c }));
  }
  return undefined;
}

const ext = (item: QuestionnaireItem, name: string) => item.extension?.find((e) => e.url === `${EXT}${name}`);

/** The schema of one answer of an item. */
function answerSchema(q: Questionnaire, item: QuestionnaireItem, warn: (w: ConversionWarning) => void): Json {
  const title = item.text ?? item.linkId;
  const min = valueOf(ext(item, 'minValue'))?.value;
  const max = valueOf(ext(item, 'maxValue'))?.value;
  const bounds = {
    ...(min !== undefined ? { minimum: min } : {}),
    ...(max !== undefined ? { maximum: max } : {}),
  };
  switch (item.type) {
    case 'boolean':
      return { type: 'boolean', title };
    case 'integer':
      return { type: 'integer', title, ...bounds };
    case 'decimal':
      return { type: 'number', title, ...bounds };
    case 'date':
      return { type: 'string', format: 'date', title };
    case 'dateTime':
      return { type: 'string', format: 'date-time', title };
    case 'time':
      return { type: 'string', format: 'time', title };
    case 'url':
      return { type: 'string', format: 'uri', title };
    case 'string':
    case 'text':
      return { type: 'string', title, ...(item.maxLength ? { maxLength: item.maxLength } : {}) };
    case 'quantity': {
      const unit = (ext(item, 'questionnaire-unit')?.valueCoding as Coding | undefined)?.code;
      return {
        type: 'object',
        title,
        required: ['value'],
        properties: {
          value: { type: 'number', title: 'Valeur' },
          unit: { type: 'string', title: 'Unité', ...(unit ? { default: unit } : {}) },
        },
      };
    }
    case 'attachment':
      return {
        type: 'object',
        title,
        required: ['name'],
        properties: {
          name: { type: 'string' },
          url: { type: 'string' },
          type: { type: 'string' },
          size: { type: 'integer' },
        },
      };
    case 'choice':
    case 'open-choice': {
      const options = choiceOptions(q, item);
      if (!options) {
        warn({
          linkId: item.linkId,
          what: item.answerValueSet ?? 'answerValueSet',
          message: {
            fr: `Jeu de valeurs externe non développé : saisie libre pour « ${title} ».`,
            en: `External value set not expanded: free text for "${title}".`,
          },
        });
        return { type: 'string', title };
      }
      if (item.type === 'open-choice')
        return { type: 'string', title, examples: options.map((o) => o.value) };
      return { title, oneOf: options.map((o) => ({ const: o.value, title: o.label })) };
    }
    default:
      warn({
        linkId: item.linkId,
        what: `type ${item.type}`,
        message: {
          fr: `Type d’item non pris en charge (${item.type}) : saisie libre pour « ${title} ».`,
          en: `Unsupported item type (${item.type}): free text for "${title}".`,
        },
      });
      return { type: 'string', title };
  }
}

/** A data level: a property bag with its required list (the top, or a repeating group's items). */
interface Level {
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

function rule(item: QuestionnaireItem, level: Level, warn: (w: ConversionWarning) => void): Json | undefined {
  const conditions = (item.enableWhen ?? [])
    .map((ew) => condition(ew, level, item, warn))
    .filter((c): c is Json => !!c);
  if (!conditions.length) return undefined;
  if (conditions.length === 1) return { effect: 'SHOW', condition: conditions[0] };
  return { effect: 'SHOW', condition: { type: item.enableBehavior === 'any' ? 'OR' : 'AND', conditions } };
}

function initialValue(q: Questionnaire, item: QuestionnaireItem): unknown {
  const selected = item.answerOption?.filter((o) => o.initialSelected).map((o) => valueOf(o));
  const values = (item.initial?.map(valueOf) ?? selected ?? []).map((v) =>
    v?.key === 'valueCoding' ? (v.value as Coding).code : v?.value,
  );
  if (!values.length || !q) return undefined;
  return item.repeats ? values : values[0];
}

/** Collects every linkId answerable at a level (through non-repeating groups and nested questions). */
function levelIds(items: QuestionnaireItem[], out = new Set<string>()): Set<string> {
  for (const it of items) {
    if (it.type === 'group' && it.repeats) out.add(it.linkId);
    else if (it.type === 'group') levelIds(it.item ?? [], out);
    else {
      if (it.type !== 'display') out.add(it.linkId);
      levelIds(it.item ?? [], out);
    }
  }
  return out;
}

function convertItems(
  q: Questionnaire,
  items: QuestionnaireItem[],
  level: Level,
  warn: (w: ConversionWarning) => void,
): Ui[] {
  const elements: Ui[] = [];
  for (const item of items) {
    for (const e of item.extension ?? [])
      if (!SUPPORTED.has(e.url))
        warn({
          linkId: item.linkId,
          what: e.url,
          message: {
            fr: `Extension non prise en charge, ignorée : ${e.url}`,
            en: `Unsupported extension, ignored: ${e.url}`,
          },
        });
    const r = rule(item, level, warn);
    const withRule = (ui: Ui): Ui => (r ? { ...ui, rule: r } : ui);
    const scope = `${level.base}/properties/${token(item.linkId)}`;
    if (item.type === 'display') {
      elements.push(withRule({ type: 'Label', text: item.text ?? '' }));
      continue;
    }
    if (item.type === 'group' && item.repeats) {
      const inner: Level = {
        properties: {},
        required: [],
        data: {},
        base: '#',
        linkIds: levelIds(item.item ?? []),
      };
      const detail = convertItems(q, item.item ?? [], inner, warn);
      level.properties[item.linkId] = {
        type: 'array',
        title: item.text ?? item.linkId,
        items: {
          type: 'object',
          properties: inner.properties,
          ...(inner.required.length ? { required: inner.required } : {}),
        },
        ...(item.required ? { minItems: 1 } : {}),
      };
      if (item.required) level.required.push(item.linkId);
      elements.push(
        withRule({
          type: 'Control',
          scope,
          options: { detail: { type: 'VerticalLayout', elements: detail } },
        }),
      );
      continue;
    }
    if (item.type === 'group') {
      elements.push(
        withRule({
          type: 'Group',
          label: item.text ?? item.linkId,
          elements: convertItems(q, item.item ?? [], level, warn),
        }),
      );
      continue;
    }
    const one = answerSchema(q, item, warn);
    level.properties[item.linkId] = item.repeats
      ? {
          type: 'array',
          title: one.title,
          items: { ...one, title: undefined },
          ...(item.required ? { minItems: 1 } : {}),
        }
      : { ...one, ...(item.readOnly ? { readOnly: true } : {}) };
    if (item.required) level.required.push(item.linkId);
    const initial = initialValue(q, item);
    if (initial !== undefined) level.data[item.linkId] = initial;
    const options: Json = {};
    if (item.type === 'text') options.multi = true;
    if (item.type === 'attachment') options.widget = 'file';
    if (item.readOnly) options.readonly = true;
    const control: Ui = { type: 'Control', scope, ...(Object.keys(options).length ? { options } : {}) };
    if (item.item?.length)
      elements.push(
        withRule({
          type: 'Group',
          label: item.text ?? item.linkId,
          elements: [control, ...convertItems(q, item.item, level, warn)],
        }),
      );
    else elements.push(withRule(control));
  }
  return elements;
}

/**
 * Converts a Questionnaire to a `<dui-form>` definition.
 *
 * @example
 * const { schema, uischema, data, warnings } = questionnaireToForm(aggirPa);
 * form.schema = schema; form.uischema = uischema; form.data = data;
 */
export function questionnaireToForm(questionnaire: Questionnaire): QuestionnaireForm {
  const warnings: ConversionWarning[] = [];
  const items = questionnaire.item ?? [];
  const level: Level = { properties: {}, required: [], data: {}, base: '#', linkIds: levelIds(items) };
  const elements = convertItems(questionnaire, items, level, (w) => warnings.push(w));
  const schema: Json = {
    type: 'object',
    title: questionnaire.title ?? questionnaire.id,
    properties: JSON.parse(JSON.stringify(level.properties)) as Json,
    ...(level.required.length ? { required: level.required } : {}),
  };
  return { schema, uischema: { type: 'VerticalLayout', elements }, data: level.data, warnings };
}
