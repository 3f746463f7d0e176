import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../../packages/core/src/form/types.js';
import { catalogueLookup, type LabelCatalogue } from '../../../packages/core/src/form/catalogue.js';
import { choiceOptions, controlDescription } from '../../../packages/core/src/form/labels.js';

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

describe('choiceOptions with the host’s label catalogue: a coded choice’s words per locale', () => {
  const stay: JsonSchema = {
    type: 'string',
    oneOf: [
      { const: 'perm', title: 'Permanent', 'x-label': { fr: 'Hébergement permanent', en: 'Permanent stay' } },
      { const: 'temp', title: 'Temporaire' },
      { const: 'day', title: 'Accueil de jour', i18n: 'stays.day' },
      { const: 'night', title: 'Nuit' },
    ],
  };
  const ui = { type: 'Control', scope: '#/properties/stay' } as const;
  const labels: LabelCatalogue = {
    // `<key>.<code>`: the code is stable where a title is not.
    'stay.perm': { fr: 'Séjour permanent', en: 'Long stay' },
    'stay.temp': { fr: 'Séjour temporaire', en: 'Short stay' },
    // A branch's own i18n key (JSON Forms).
    'stays.day': { fr: 'Accueil de jour', en: 'Day care' },
    // `<key>.<title>` (JSON Forms' key for a oneOf without i18n).
    'stay.Nuit': { fr: 'Accueil de nuit', en: 'Night care' },
  };
  const words = (locale: string, catalogue = labels) => {
    const lookup = catalogueLookup(catalogue, locale);
    return choiceOptions(stay, locale, (k) => lookup(ui, stay, k)).map((o) => o.label);
  };

  it('takes each choice’s words from the catalogue, in the page’s language, before the schema’s', () => {
    expect(words('fr')).toEqual([
      'Séjour permanent',
      'Séjour temporaire',
      'Accueil de jour',
      'Accueil de nuit',
    ]);
    expect(words('en-GB')).toEqual(['Long stay', 'Short stay', 'Day care', 'Night care']);
  });

  it('falls back to the schema’s words for a choice the catalogue does not name', () => {
    expect(words('en', { 'stay.temp': { fr: 'Séjour temporaire', en: 'Short stay' } })).toEqual([
      'Permanent stay',
      'Short stay',
      'Accueil de jour',
      'Nuit',
    ]);
  });

  it('names an enum’s codes by `<key>.<code>`, French when the locale is missing', () => {
    const gir: JsonSchema = { type: 'integer', enum: [1, 2] };
    const lookup = catalogueLookup({ 'gir.1': { fr: 'GIR 1' }, 'gir.2': 'GIR 2 (texte seul)' }, 'en');
    const girUi = { type: 'Control', scope: '#/properties/gir' } as const;
    expect(choiceOptions(gir, 'en', (k) => lookup(girUi, gir, k)).map((o) => o.label)).toEqual([
      'GIR 1',
      'GIR 2 (texte seul)',
    ]);
  });
});
