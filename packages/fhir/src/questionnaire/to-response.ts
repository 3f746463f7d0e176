/**
 * Form data (as `questionnaireToForm` shapes it) back to a QuestionnaireResponse: the item tree
 * follows the Questionnaire (group children under `item`, a question's children under its
 * `answer.item`), codes become the option's full Coding.
 */
import { choiceOptions } from './answers.js';
import type {
  AnswerValue,
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from './types.js';

type Json = Record<string, unknown>;

const VALUE_KEY: Record<string, string> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
  date: 'valueDate',
  dateTime: 'valueDateTime',
  time: 'valueTime',
  string: 'valueString',
  text: 'valueString',
  url: 'valueUri',
};

/** One form value as the `value[x]` of an answer. */
function answerValue(q: Questionnaire, item: QuestionnaireItem, v: unknown): AnswerValue | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (item.type === 'choice' || item.type === 'open-choice') {
    const option = choiceOptions(q, item)?.find((o) => o.value === v);
    if (option?.coding) return { valueCoding: option.coding };
    if (option) {
      const key =
        item.answerOption?.[0] && Object.keys(item.answerOption[0]).find((k) => k.startsWith('value'));
      return { [key ?? 'valueString']: v };
    }
    return { valueString: typeof v === 'string' ? v : JSON.stringify(v) };
  }
  if (item.type === 'quantity') {
    const qv = v as { value?: number; unit?: string };
    return { valueQuantity: { value: qv.value, ...(qv.unit ? { unit: qv.unit } : {}) } };
  }
  if (item.type === 'attachment') {
    const f = v as { name?: string; url?: string; type?: string; size?: number };
    return {
      valueAttachment: {
        title: f.name,
        ...(f.url ? { url: f.url } : {}),
        ...(f.type ? { contentType: f.type } : {}),
        ...(f.size ? { size: f.size } : {}),
      },
    };
  }
  return { [VALUE_KEY[item.type] ?? 'valueString']: v };
}

/**
 * The response items of `items`, reading answers from `data` (a data level). Exported for the
 * TDDUI export, which fills questionnaires from the user file the same way.
 *
 * @example
 * responseItems(questionnaire, questionnaire.item ?? [], { 'resultat-eval': 'MED-342' });
 */
export function responseItems(
  q: Questionnaire,
  items: QuestionnaireItem[],
  data: Json,
): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items) {
    const text = item.text ? { text: item.text } : {};
    if (item.type === 'display') continue;
    if (item.type === 'group' && item.repeats) {
      for (const entry of (data[item.linkId] as Json[] | undefined) ?? []) {
        const children = responseItems(q, item.item ?? [], entry);
        if (children.length) out.push({ linkId: item.linkId, ...text, item: children });
      }
      continue;
    }
    if (item.type === 'group') {
      const children = responseItems(q, item.item ?? [], data);
      if (children.length) out.push({ linkId: item.linkId, ...text, item: children });
      continue;
    }
    const raw = data[item.linkId];
    const answers = (Array.isArray(raw) && item.repeats ? raw : [raw])
      .map((v) => answerValue(q, item, v))
      .filter((a): a is AnswerValue => !!a);
    const nested = item.item?.length ? responseItems(q, item.item, data) : [];
    if (!answers.length) {
      if (nested.length) out.push({ linkId: item.linkId, ...text, item: nested });
      continue;
    }
    if (nested.length && answers[0]) answers[0] = { ...answers[0], item: nested };
    out.push({ linkId: item.linkId, ...text, answer: answers });
  }
  return out;
}

/** What the response says about itself (the TDDUI profile needs an identifier and a subject). */
export interface ResponseOptions {
  status?: QuestionnaireResponse['status'];
  identifier?: { system: string; value: string };
  subject?: { reference: string };
  author?: { reference: string };
  authored?: string;
  /** Profile URLs for `meta.profile` (`tddui-questionnaire-response`). */
  profiles?: string[];
}

/**
 * Form data back to a QuestionnaireResponse.
 *
 * @example
 * const qr = formResponseToQuestionnaireResponse(form.value, questionnaire, { subject: { reference: 'Patient/p1' } });
 */
export function formResponseToQuestionnaireResponse(
  data: unknown,
  questionnaire: Questionnaire,
  options: ResponseOptions = {},
): QuestionnaireResponse {
  const q = questionnaire;
  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.profiles ? { meta: { profile: options.profiles } } : {}),
    ...(options.identifier ? { identifier: options.identifier } : {}),
    ...(q.url ? { questionnaire: q.version ? `${q.url}|${q.version}` : q.url } : {}),
    status: options.status ?? 'completed',
    ...(options.subject ? { subject: options.subject } : {}),
    ...(options.authored ? { authored: options.authored } : {}),
    ...(options.author ? { author: options.author } : {}),
    item: responseItems(q, q.item ?? [], (data ?? {}) as Json),
  };
}

/** The Coding of a choice answer. @internal */
export type { Coding };
