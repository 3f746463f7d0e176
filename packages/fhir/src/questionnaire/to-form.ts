/**
 * A FHIR R4 Questionnaire as a `<dui-form>` definition: a JSON Schema (the data, one property per
 * answerable linkId, arrays for repeating items and groups) and a JSON Forms UI schema (groups,
 * labels, rules from `enableWhen`). What the form cannot honour is listed in `warnings`.
 */
import { SUPPORTED, answerSchema, token, valueOf } from './answers.js';
import { rule, type Level } from './enable-when.js';
import type { Coding, ConversionWarning, Questionnaire, QuestionnaireItem } from './types.js';

export { choiceOptions, valueOf } from './answers.js';

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
