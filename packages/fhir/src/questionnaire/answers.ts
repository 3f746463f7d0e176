/**
 * The JSON Schema of one answer of a Questionnaire item, per item type, and the helpers that read
 * `value[x]` and choice options (shared with the QuestionnaireResponse direction).
 */
import type { AnswerValue, Coding, ConversionWarning, Questionnaire, QuestionnaireItem } from './types.js';

type Json = Record<string, unknown>;

export const EXT = 'http://hl7.org/fhir/StructureDefinition/';
/** Extensions the conversion applies. */
export const SUPPORTED = new Set([
  `${EXT}minValue`,
  `${EXT}maxValue`,
  `${EXT}entryFormat`,
  `${EXT}questionnaire-unit`,
]);

/** A property name as a JSON Pointer token. */
export const token = (linkId: string) => linkId.replace(/~/g, '~0').replace(/\//g, '~1');

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

export const ext = (item: QuestionnaireItem, name: string) =>
  item.extension?.find((e) => e.url === `${EXT}${name}`);

/** The schema of one answer of an item. */
export function answerSchema(
  q: Questionnaire,
  item: QuestionnaireItem,
  warn: (w: ConversionWarning) => void,
): Json {
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
