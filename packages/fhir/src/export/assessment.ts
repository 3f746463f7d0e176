/**
 * Assessments as `tddui-questionnaire-response`. The AGGIR grid fills the guide's AGGIR PA SSIAD
 * questionnaire (the table below); other kinds have no questionnaire in DUI Kit's data yet and are
 * listed as not mapped.
 */
import type { AggirGrid, AggirItemRating, Assessment } from '@duikit/core';
import { TDDUI_QUESTIONNAIRES } from '../questionnaire/index.js';
import { responseItems } from '../questionnaire/to-response.js';
import { identifier } from '../tddui/identifiers.js';
import { clean, type BundleBuilder } from './context.js';
import { addProfessional } from './organization.js';

type Discriminant = NonNullable<AggirGrid['discriminant']>;
type Pick = (d: Discriminant) => (AggirItemRating | undefined)[];

/**
 * AGGIR PA SSIAD items (ICF codes) ← DUI Kit's AGGIR sub-variables (CASF annexe 2-1). Where the
 * questionnaire has one item for a variable split in two (cohérence, orientation), the adverb is
 * true only when true for both sub-variables. The pairs toilette haut/bas ↔ se laver / prendre
 * soin and se servir / manger ↔ passage des aliments / manger are [K]: to confirm with the ANS.
 */
export const AGGIR_PA_ITEMS: {
  linkId: string;
  prefix: string;
  pick: Pick;
  letter: (d: Discriminant) => string | undefined;
}[] = [
  {
    linkId: 'fonction-pensee',
    prefix: 'pensee',
    pick: (d) => [d.coherence?.communication, d.coherence?.comportement],
    letter: (d) => d.coherence?.result,
  },
  {
    linkId: 'fonction-orientation',
    prefix: 'orientation',
    pick: (d) => [d.orientation?.temps, d.orientation?.espace],
    letter: (d) => d.orientation?.result,
  },
  {
    linkId: 'se-laver',
    prefix: 'laver',
    pick: (d) => [d.toilette?.haut],
    letter: (d) => d.toilette?.haut?.result,
  },
  {
    linkId: 'prendre-soin',
    prefix: 'prendre-soin',
    pick: (d) => [d.toilette?.bas],
    letter: (d) => d.toilette?.bas?.result,
  },
  {
    linkId: 'mettre-vetement',
    prefix: 'mettre-vetement',
    pick: (d) => [d.habillage?.haut],
    letter: (d) => d.habillage?.haut?.result,
  },
  {
    linkId: 'motricite-fine',
    prefix: 'motricite-fine',
    pick: (d) => [d.habillage?.moyen],
    letter: (d) => d.habillage?.moyen?.result,
  },
  {
    linkId: 'mettre-chaussure',
    prefix: 'mettre-chaussure',
    pick: (d) => [d.habillage?.bas],
    letter: (d) => d.habillage?.bas?.result,
  },
  {
    linkId: 'manger',
    prefix: 'manger',
    pick: (d) => [d.alimentation?.manger],
    letter: (d) => d.alimentation?.manger?.result,
  },
  {
    linkId: 'passage-aliment',
    prefix: 'passage-aliment',
    pick: (d) => [d.alimentation?.seServir],
    letter: (d) => d.alimentation?.seServir?.result,
  },
  {
    linkId: 'assurer-regulation-miction',
    prefix: 'miction',
    pick: (d) => [d.elimination?.urinaire],
    letter: (d) => d.elimination?.urinaire?.result,
  },
  {
    linkId: 'assurer-regulation-defecation',
    prefix: 'defecation',
    pick: (d) => [d.elimination?.fecale],
    letter: (d) => d.elimination?.fecale?.result,
  },
  {
    linkId: 'position-corps',
    prefix: 'position-corps',
    pick: (d) => [d.transferts],
    letter: (d) => d.transferts?.result,
  },
  {
    linkId: 'deplacer-maison',
    prefix: 'deplacer-maison',
    pick: (d) => [d.deplacementInterieur],
    letter: (d) => d.deplacementInterieur?.result,
  },
  {
    linkId: 'deplacer-dehors',
    prefix: 'deplacer-dehors',
    pick: (d) => [d.deplacementExterieur],
    letter: (d) => d.deplacementExterieur?.result,
  },
  {
    linkId: 'appareil-communication',
    prefix: 'appareil',
    pick: (d) => [d.alerter],
    letter: (d) => d.alerter?.result,
  },
];

/** A (does alone) → qf0 « aucun facilitateur », B → qf2, C → qf4 « facilitateur absolu ». */
const LETTER = { A: 'qf0', B: 'qf2', C: 'qf4' } as Record<string, string>;
/** GIR 1..6 → MED-339..MED-344 (terminologie CI-SIS, the questionnaire's answer options). */
export const girCode = (gir: number): string => `MED-${338 + gir}`;
const ADVERBS = {
  spont: 'spontanement',
  tot: 'totalement',
  correct: 'correctement',
  habit: 'habituellement',
} as const;

/** The AGGIR grid as answers of the AGGIR PA SSIAD questionnaire, by linkId. */
export function aggirPaAnswers(grid: AggirGrid): Record<string, unknown> {
  const d = grid.discriminant ?? {};
  const out: Record<string, unknown> = {};
  if (grid.result?.gir) out['resultat-eval'] = girCode(grid.result.gir);
  for (const it of AGGIR_PA_ITEMS) {
    const letter = it.letter(d);
    if (letter && LETTER[letter]) out[it.linkId] = LETTER[letter];
    const ratings = it.pick(d).filter((r): r is AggirItemRating => !!r);
    if (!ratings.length) continue;
    for (const [suffix, adverb] of Object.entries(ADVERBS)) {
      const values = ratings.map((r) => r[adverb]);
      if (values.every((v) => v !== undefined)) out[`${it.prefix}-${suffix}`] = values.every(Boolean);
    }
  }
  return out;
}

const STATUS: Record<Assessment['status'], string> = {
  draft: 'in-progress',
  inProgress: 'in-progress',
  completed: 'completed',
  validated: 'completed',
  amended: 'amended',
  cancelled: 'stopped',
};

/**
 * Adds one QuestionnaireResponse per AGGIR assessment; lists the others.
 *
 * @example
 * addAssessments(b, 'U-0042', file.assessments ?? []);
 */
export function addAssessments(b: BundleBuilder, personId: string, assessments: Assessment[]): void {
  const q = TDDUI_QUESTIONNAIRES['tddui-questionnaire-aggir-pa-ssiad'];
  assessments.forEach((a, i) => {
    if (a.type !== 'aggir' || !a.aggir) {
      b.skip(`/assessments/${i}`, 'not-mapped', {
        fr: `Évaluation « ${a.type} » : DUI Kit ne la relie encore à aucun questionnaire TDDUI (AGGIR PH, SERAFIN, situation SSIAD ont chacun leur grille).`,
        en: `Assessment "${a.type}": DUI Kit does not tie it to a TDDUI questionnaire yet (AGGIR PH, SERAFIN and SSIAD situation each have their grid).`,
      });
      return;
    }
    const author = addProfessional(b, a.responsible ?? a.evaluator);
    b.add(
      `assessment:${a.id}`,
      clean({
        resourceType: 'QuestionnaireResponse',
        identifier: identifier('evaluation', b.options.finess, personId, a.id),
        questionnaire: `${q.url}|${q.version}`,
        status: STATUS[a.status],
        subject: b.ref('patient'),
        authored: a.date,
        author: author?.practitioner,
        source: author?.practitioner,
        item: responseItems(q, q.item ?? [], aggirPaAnswers(a.aggir)),
      }),
      'tddui-questionnaire-response',
    );
  });
}
