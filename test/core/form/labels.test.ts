import { describe, expect, it } from 'vitest';
import { controlDescription } from '../../../packages/core/src/form/labels.js';

const ui = { type: 'Control', scope: '#/properties/receivedOn' } as const;

describe('controlDescription: the help under a field', () => {
  it('speaks the page’s language when the schema gives x-description', () => {
    const schema = {
      type: 'string',
      description: 'CASF L311-4-1 II: for configurators.',
      'x-description': { fr: 'Dans les 15 jours suivant la signature.', en: 'Within 15 days of signing.' },
    } as const;
    expect(controlDescription(ui, schema, { locale: 'fr' })).toBe('Dans les 15 jours suivant la signature.');
    expect(controlDescription(ui, schema, { locale: 'en-GB' })).toBe('Within 15 days of signing.');
  });

  it('falls back to options.hint, then description', () => {
    expect(
      controlDescription({ ...ui, options: { hint: 'Aide' } }, { description: 'Doc' }, { locale: 'fr' }),
    ).toBe('Aide');
    expect(controlDescription(ui, { description: 'Doc' }, { locale: 'fr' })).toBe('Doc');
    expect(controlDescription(ui, {}, { locale: 'fr' })).toBeUndefined();
  });
});
