/**
 * Sends a TDDUI Bundle to a consumer (`POST [base]/`) and tells the user, in French by default,
 * what it answered: the resources created, or each issue of its OperationOutcome with its place.
 */
import type { OperationOutcome, OutcomeIssue } from './outcome.js';

/** The consumer's answer. */
export type ConsumerResult =
  | { ok: true; status: number; created: string[] }
  | {
      ok: false;
      status: number;
      issues: { severity: string; expression?: string; message: string; rule?: string }[];
    };

/**
 * Posts the Bundle; never throws on a refusal (the OperationOutcome is the result), only on a
 * network failure.
 *
 * @example
 * const r = await sendTdduiBundle('https://consommateur.example/fhir', bundle);
 * console.log(describeConsumerResult(r));
 */
export async function sendTdduiBundle(
  base: string,
  bundle: unknown,
  options: { locale?: 'fr' | 'en'; fetch?: typeof fetch } = {},
): Promise<ConsumerResult> {
  const res = await (options.fetch ?? fetch)(`${base.replace(/\/$/, '')}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/fhir+json',
      accept: 'application/fhir+json',
      'accept-language': options.locale ?? 'fr',
    },
    body: JSON.stringify(bundle),
  });
  const body = (await res.json().catch(() => ({}))) as {
    resourceType?: string;
    entry?: { response?: { location?: string } }[];
    issue?: OperationOutcome['issue'];
  };
  if (res.ok && body.resourceType === 'Bundle')
    return {
      ok: true,
      status: res.status,
      created: (body.entry ?? []).map((e) => e.response?.location ?? ''),
    };
  const issues = (body.issue ?? []).map((i: OutcomeIssue) => ({
    severity: i.severity,
    expression: i.expression?.[0],
    message: i.diagnostics ?? i.details?.text ?? i.code,
    rule: i.details?.text,
  }));
  return { ok: false, status: res.status, issues };
}

const TEXT = {
  fr: {
    created: (n: number) => `Le destinataire a accepté le Bundle : ${n} ressource(s) créée(s).`,
    refused: (status: number, n: number) =>
      `Le destinataire a refusé le Bundle (HTTP ${status}) : ${n} problème(s), rien n’a été créé.`,
    at: 'à',
    rule: 'règle',
  },
  en: {
    created: (n: number) => `The receiver accepted the Bundle: ${n} resource(s) created.`,
    refused: (status: number, n: number) =>
      `The receiver refused the Bundle (HTTP ${status}): ${n} problem(s), nothing was created.`,
    at: 'at',
    rule: 'rule',
  },
};

/**
 * The consumer's answer as lines for a person (French by default).
 *
 * @example
 * describeConsumerResult({ ok: false, status: 422, issues: [{ severity: 'error', expression: 'Bundle.type', message: '…' }] });
 * // 'Le destinataire a refusé le Bundle (HTTP 422) : 1 problème(s), rien n’a été créé.\n- à Bundle.type : …'
 */
export function describeConsumerResult(r: ConsumerResult, locale: 'fr' | 'en' = 'fr'): string {
  const t = TEXT[locale];
  if (r.ok) return t.created(r.created.length);
  return [
    t.refused(r.status, r.issues.length),
    ...r.issues.map(
      (i) =>
        `- ${i.expression ? `${t.at} ${i.expression} : ` : ''}${i.message}${i.rule ? ` (${t.rule} : ${i.rule})` : ''}`,
    ),
  ].join('\n');
}
