/** The parts of FHIR R4 Questionnaire / QuestionnaireResponse the conversion reads and writes. */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface Extension {
  url: string;
  [value: string]: unknown;
}

/** `valueCoding`, `valueString`, `valueInteger`, `valueDate`… (one of them). */
export type AnswerValue = Record<string, unknown>;

export interface EnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  [answer: string]: unknown;
}

export type ItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: ItemType;
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: ({ initialSelected?: boolean } & AnswerValue)[];
  answerValueSet?: string;
  initial?: AnswerValue[];
  extension?: Extension[];
  code?: Coding[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  title?: string;
  contained?: {
    resourceType: string;
    id?: string;
    expansion?: { contains?: Coding[] };
    compose?: { include?: { system?: string; concept?: { code: string; display?: string }[] }[] };
  }[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: (AnswerValue & { item?: QuestionnaireResponseItem[] })[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  meta?: { profile?: string[] };
  identifier?: { system?: string; value?: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: { reference: string };
  authored?: string;
  author?: { reference: string };
  source?: { reference: string };
  item?: QuestionnaireResponseItem[];
}

/** Something of the Questionnaire the form cannot honour, said rather than dropped. */
export interface ConversionWarning {
  linkId?: string;
  /** The extension URL, or the element, that was not applied. */
  what: string;
  message: { fr: string; en: string };
}
