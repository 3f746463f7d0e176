/** Canonical URLs and code systems the export writes. */
export const TDDUI_BASE = 'https://interop.esante.gouv.fr/ig/fhir/tddui';
export const SD = `${TDDUI_BASE}/StructureDefinition/`;
export const FR_CORE_SD = 'https://hl7.fr/ig/fhir/core/StructureDefinition/';
export const FR_CORE_CS = 'https://hl7.fr/ig/fhir/core/CodeSystem/';
export const QUESTIONNAIRE = `${TDDUI_BASE}/Questionnaire/`;
export const CISIS = 'https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis';
export const SERAFIN = 'https://smt.esante.gouv.fr/terminologie-SERAFINPH';
export const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
export const INSEE_COMMUNE = 'https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM';
export const DISCRIMINATOR_CS = `${TDDUI_BASE}/CodeSystem/tddui-discriminator-cs`;
