import type { MessageCatalogue } from '../locale.js';

/** Strings shared by every area. */
export const common: MessageCatalogue = {
  fr: {
    'common.yes': 'Oui',
    'common.no': 'Non',
    'common.restricted': 'Information restreinte',
    'common.demoData': 'Données de démonstration fictives',
  },
  en: {
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.restricted': 'Restricted information',
    'common.demoData': 'Fictitious demonstration data',
  },
};
