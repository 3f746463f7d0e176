import type { JsonSchema, UiSchema } from '@duikit/components';

/** The form of this example: a family's request to visit a resident (JSON Schema + UI schema). */
export const visitSchema: JsonSchema = {
  type: 'object',
  required: ['visitor', 'date'],
  properties: {
    visitor: { type: 'string', title: 'Nom du visiteur', minLength: 2 },
    date: { type: 'string', format: 'date', title: 'Date souhaitée' },
    message: { type: 'string', title: 'Message' },
  },
};

export const visitUiSchema: UiSchema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/visitor' },
    { type: 'Control', scope: '#/properties/date' },
    { type: 'Control', scope: '#/properties/message', options: { multi: true } },
  ],
};

/** The data of the form. */
export interface VisitRequest {
  visitor?: string;
  date?: string;
  message?: string;
}
