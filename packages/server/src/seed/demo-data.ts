/**
 * Fictitious demonstration data: four synthetic establishments (an EHPAD, an IME, a MAS and a
 * SSIAD: one per shipped workflow variant), their professionals (the role picker's choices) and
 * twenty persons (in the EHPAD and the IME; the MAS and the SSIAD start empty). Every name is invented, every
 * INS uses the demo OID 1.2.250.1.213.1.4.11 and carries the `fictitious` identity attribute, and
 * every file is tagged `extensions.demo = true`: nothing here is, or may be mistaken for, a real
 * person. The FINESS numbers have valid Luhn keys but belong to no real establishment.
 */
import type { DemoProfessional } from '../demo-auth.js';

/** The demo INS OID (ANS): accepted by the engine only in demo or test mode. */
export const DEMO_INS_OID = '1.2.250.1.213.1.4.11';

/** The synthetic establishments, one per category with a shipped workflow variant. */
export const DEMO_ESTABLISHMENTS = {
  ehpad: { finess: '690000013', name: 'EHPAD Les Tilleuls (démo)', category: 'ehpad' },
  ime: { finess: '690000021', name: 'IME Les Coquelicots (démo)', category: 'ime' },
  mas: { finess: '690000039', name: 'MAS Les Glycines (démo)', category: 'mas' },
  ssiad: { finess: '690000047', name: 'SSIAD Rhône Val (démo)', category: 'ssiad' },
} as const;

const E = DEMO_ESTABLISHMENTS;
const pro = (
  professionalId: string,
  role: string,
  name: string,
  roleLabel: { fr: string; en: string },
  at: keyof typeof E,
): DemoProfessional => ({
  professionalId,
  role,
  name,
  roleLabel,
  establishment: E[at].finess,
  establishmentName: E[at].name,
});

/** The professionals offered by the demo sign-in, one per role that acts in a workflow. */
export const DEMO_PROFESSIONALS: DemoProfessional[] = [
  pro('demo-ehpad-director', 'director', 'Claire Fontaine', { fr: 'Directrice', en: 'Director' }, 'ehpad'),
  pro(
    'demo-ehpad-secretariat',
    'secretariat',
    'Julien Arnaud',
    { fr: 'Secrétariat', en: 'Secretariat' },
    'ehpad',
  ),
  pro(
    'demo-ehpad-physician',
    'coordinating-physician',
    'Dr Karim Benali',
    { fr: 'Médecin coordonnateur', en: 'Coordinating physician' },
    'ehpad',
  ),
  pro(
    'demo-ehpad-head-nurse',
    'head-nurse',
    'Sophie Lemaire',
    { fr: 'Cadre de santé (IDEC)', en: 'Head nurse' },
    'ehpad',
  ),
  pro('demo-ehpad-nurse', 'nurse', 'Thomas Girard', { fr: 'Infirmier', en: 'Nurse' }, 'ehpad'),
  pro(
    'demo-ehpad-psychologist',
    'psychologist',
    'Nadia Cherif',
    { fr: 'Psychologue', en: 'Psychologist' },
    'ehpad',
  ),
  pro(
    'demo-ehpad-social-worker',
    'social-worker',
    'Marc Delorme',
    { fr: 'Assistant de service social', en: 'Social worker' },
    'ehpad',
  ),
  pro('demo-ime-director', 'director', 'Hélène Marchand', { fr: 'Directrice', en: 'Director' }, 'ime'),
  pro(
    'demo-ime-educator',
    'educator',
    'Lucas Perrin',
    { fr: 'Éducateur spécialisé', en: 'Special educator' },
    'ime',
  ),
  pro(
    'demo-ime-psychologist',
    'psychologist',
    'Camille Roux',
    { fr: 'Psychologue', en: 'Psychologist' },
    'ime',
  ),
  pro(
    'demo-ime-social-worker',
    'social-worker',
    'Inès Vidal',
    { fr: 'Assistante de service social', en: 'Social worker' },
    'ime',
  ),
  pro('demo-mas-director', 'director', 'Bernard Caron', { fr: 'Directeur', en: 'Director' }, 'mas'),
  pro(
    'demo-mas-social-worker',
    'social-worker',
    'Élodie Masson',
    { fr: 'Assistante de service social', en: 'Social worker' },
    'mas',
  ),
  pro(
    'demo-mas-educator',
    'educator',
    'Yanis Benoît',
    { fr: 'Éducateur spécialisé', en: 'Special educator' },
    'mas',
  ),
  pro('demo-mas-nurse', 'nurse', 'Aurélie Picard', { fr: 'Infirmière', en: 'Nurse' }, 'mas'),
  pro('demo-ssiad-director', 'director', 'Patrick Lemoine', { fr: 'Directeur', en: 'Director' }, 'ssiad'),
  pro(
    'demo-ssiad-head-nurse',
    'head-nurse',
    'Valérie Dumont',
    { fr: 'Infirmière coordinatrice', en: 'Coordinating nurse' },
    'ssiad',
  ),
  pro('demo-ssiad-nurse', 'nurse', 'Samuel Royer', { fr: 'Infirmier', en: 'Nurse' }, 'ssiad'),
  pro(
    'demo-ssiad-secretariat',
    'secretariat',
    'Manon Gilbert',
    { fr: 'Secrétariat', en: 'Secretariat' },
    'ssiad',
  ),
];

/** Where a seeded person stands; the seed drives the workflows to that point. */
export type DemoStage =
  | 'request' // admission started, request form to fill
  | 'completeness' // request submitted, completeness check
  | 'decision' // waiting for the director's decision
  | 'contract' // entered, contract and welcome steps running
  | 'admitted' // admitted, support plan being built
  | 'discharging'; // discharge planned

/** A fictitious person of the seed. */
export interface DemoPerson {
  key: string;
  at: keyof typeof E;
  sex: 'F' | 'M';
  birthName: string;
  usedName?: string;
  firstNames: string[];
  birthDate: string;
  /** INSEE COG code and name of the birth municipality. */
  birthPlace: { code: string; name: string };
  stage: DemoStage;
}

const p = (
  key: string,
  at: keyof typeof E,
  sex: 'F' | 'M',
  birthName: string,
  firstNames: string[],
  birthDate: string,
  birthPlace: [string, string],
  stage: DemoStage,
  usedName?: string,
): DemoPerson => ({
  key,
  at,
  sex,
  birthName,
  firstNames,
  birthDate,
  birthPlace: { code: birthPlace[0], name: birthPlace[1] },
  stage,
  ...(usedName ? { usedName } : {}),
});

const LYON: [string, string] = ['69123', 'Lyon'];
const VILLEURBANNE: [string, string] = ['69266', 'Villeurbanne'];
const GRENOBLE: [string, string] = ['38185', 'Grenoble'];
const ST_ETIENNE: [string, string] = ['42218', 'Saint-Étienne'];
const VIENNE: [string, string] = ['38544', 'Vienne'];

/** Twenty fictitious persons at different stages (12 in the EHPAD, 8 in the IME). */
export const DEMO_PERSONS: DemoPerson[] = [
  p('p01', 'ehpad', 'F', 'DURAND', ['Jeanne', 'Marie'], '1938-03-14', LYON, 'admitted', 'MOREL'),
  p('p02', 'ehpad', 'M', 'LAMBERT', ['Henri'], '1935-11-02', GRENOBLE, 'admitted'),
  p('p03', 'ehpad', 'F', 'ROUSSEL', ['Odette'], '1941-06-21', VILLEURBANNE, 'contract'),
  p('p04', 'ehpad', 'M', 'FAURE', ['Marcel', 'Louis'], '1933-01-30', ST_ETIENNE, 'decision'),
  p('p05', 'ehpad', 'F', 'BLANCHARD', ['Simone'], '1940-09-09', VIENNE, 'completeness'),
  p('p06', 'ehpad', 'F', 'GUERIN', ['Paulette'], '1937-12-25', LYON, 'request'),
  p('p07', 'ehpad', 'M', 'CHEVALIER', ['René'], '1936-04-17', GRENOBLE, 'admitted'),
  p('p08', 'ehpad', 'F', 'MERCIER', ['Yvonne'], '1934-08-05', LYON, 'discharging', 'BONNET'),
  p('p09', 'ehpad', 'M', 'BOYER', ['Lucien'], '1939-02-11', VILLEURBANNE, 'request'),
  p('p10', 'ehpad', 'F', 'GARNIER', ['Lucienne'], '1942-10-28', ST_ETIENNE, 'decision'),
  p('p11', 'ehpad', 'F', 'FABRE', ['Germaine'], '1932-05-19', VIENNE, 'admitted'),
  p('p12', 'ehpad', 'M', 'ROLLAND', ['André'], '1940-07-03', LYON, 'contract'),
  p('p13', 'ime', 'M', 'LEFEBVRE', ['Noah'], '2013-02-08', LYON, 'admitted'),
  p('p14', 'ime', 'F', 'GAUTHIER', ['Lina'], '2014-11-21', VILLEURBANNE, 'admitted'),
  p('p15', 'ime', 'M', 'PERROT', ['Adam'], '2012-06-30', GRENOBLE, 'contract'),
  p('p16', 'ime', 'F', 'CLEMENT', ['Jade'], '2015-03-12', VIENNE, 'decision'),
  p('p17', 'ime', 'M', 'BARBIER', ['Ethan'], '2011-09-04', ST_ETIENNE, 'request'),
  p('p18', 'ime', 'F', 'HUMBERT', ['Chloé'], '2013-12-17', LYON, 'completeness'),
  p('p19', 'ime', 'M', 'BRUN', ['Sacha'], '2010-01-26', VILLEURBANNE, 'discharging'),
  p('p20', 'ime', 'F', 'MARIE', ['Zoé'], '2016-05-05', GRENOBLE, 'request'),
];
