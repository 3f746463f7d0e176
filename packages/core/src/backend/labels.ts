/**
 * Words for codes: role, state, event, action and category titles, professionals as names with
 * their role title, and the engine shown as « Système (échéance) ». Every view and refusal the
 * in-process backend builds goes through these, so no raw code reaches a screen.
 */
import type { Actor } from '../actor.js';
import type { Engine } from '../engine/types.js';
import { createTranslator, type Locale, type Translate } from '../i18n/index.js';
import type { WorkflowDefinition } from '../workflow/types.js';
import { stateAt } from '../workflow/walk.js';
import type { TransitionAuthor } from '../workflow/runtime-types.js';
import type { DisplayText, ProfessionalRef } from './types.js';

/** The word helpers of one backend, in its locale. */
export interface Labels {
  locale: Locale;
  t: Translate;
  /** A role's title (`{ fr, en }` from the access policy); the code only for an unknown role. */
  role(role: string): DisplayText;
  /** The role's title in the backend's locale. */
  roleText(role: string): string;
  /** A list of role titles, joined for a sentence (« A, B ou C »). */
  roleList(roles: readonly string[]): string;
  /** A state's title, walking up to the nearest titled ancestor. */
  state(def: WorkflowDefinition, path: string): DisplayText;
  /** An event's title. */
  event(def: WorkflowDefinition, type: string): DisplayText;
  /** A `{ fr, en }` text in the backend's locale. */
  text(value: DisplayText): string;
  /** A data category's title. */
  category(category: string): DisplayText;
  /** An audit action's title. */
  action(action: string): DisplayText;
  /** A professional (or the engine) as screens show them. */
  professional(who: TransitionAuthor | Pick<Actor, 'professionalId' | 'role' | 'name'>): ProfessionalRef;
}

const both = (t: { fr: Translate; en: Translate }, key: string, params?: Record<string, string>) => ({
  fr: t.fr(key, params),
  en: t.en(key, params),
});

/**
 * Builds the labels of a backend.
 *
 * @example
 * const labels = createLabels(engine, 'fr');
 * labels.roleText('coordinating-physician'); // 'Médecin coordonnateur'
 */
export function createLabels(engine: Pick<Engine, 'policy'>, locale: Locale): Labels {
  const t = createTranslator(locale);
  const tt = { fr: createTranslator('fr'), en: createTranslator('en') };
  const text = (v: DisplayText) => (typeof v === 'string' ? v : v[locale]);
  const role = (r: string): DisplayText => engine.policy.roles[r]?.label ?? r;
  const labels: Labels = {
    locale,
    t,
    role,
    roleText: (r) => text(role(r)),
    roleList(roles) {
      const names = [...new Set(roles)].map((r) => text(role(r)));
      if (names.length <= 1) return names[0] ?? '';
      return `${names.slice(0, -1).join(', ')} ${t('backend.or')} ${names.at(-1)}`;
    },
    state(def, path) {
      const parts = path.split('.');
      for (let i = parts.length; i > 0; i--) {
        const s = stateAt(def, parts.slice(0, i).join('.'));
        if (s?.title) return s.title;
      }
      return def.title;
    },
    event: (def, type) => def.events[type]?.title ?? type,
    text,
    category: (c) => both(tt, `backend.category.${c}`),
    action: (a) =>
      tt.fr(`backend.action.${a}`) === `backend.action.${a}` ? a : both(tt, `backend.action.${a}`),
    professional(who) {
      if (who === 'system') return { id: 'system', name: t('backend.system') };
      return {
        id: who.professionalId,
        name: who.name ?? text(role(who.role)),
        role: who.role,
        roleTitle: role(who.role),
      };
    },
  };
  return labels;
}
