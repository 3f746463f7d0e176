/**
 * The agreement part of `<dui-support-plan>` (CASF L311-3 3°): who gives their opinion (the
 * person, their legal representative with the mandate, or the establishment), when, how
 * (signature, oral agreement before a witness), or the disagreement with its opinion. Fields
 * appear as the choices call for them; the engine checks the rules and names the field at fault,
 * which is then marked and linked to its message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SupportPlanAgreement, Translate } from '@duikit/core';

/** What the form holds while it is filled. */
export interface AgreementDraft {
  party: SupportPlanAgreement['party'];
  agreed: boolean;
  method: 'signature' | 'oral-witnessed';
  on: string;
  opinion: string;
  witnessName: string;
  witnessRole: string;
  representativeName: string;
  mandate: NonNullable<SupportPlanAgreement['representative']>['mandate'];
  reference: string;
}

/** An empty draft for today. */
export const emptyAgreement = (today: string): AgreementDraft => ({
  party: 'person',
  agreed: true,
  method: 'signature',
  on: today,
  opinion: '',
  witnessName: '',
  witnessRole: '',
  representativeName: '',
  mandate: 'tutelle',
  reference: '',
});

/** The backend input of a draft: only what its choices call for. */
export function agreementInput(d: AgreementDraft): SupportPlanAgreement {
  const person = d.party !== 'structure';
  return {
    party: d.party,
    agreed: d.agreed,
    on: d.on,
    ...(d.opinion.trim() ? { opinion: d.opinion.trim() } : {}),
    ...(person && d.agreed ? { method: d.method } : {}),
    ...(person && d.agreed && d.method === 'oral-witnessed'
      ? {
          witness: {
            name: d.witnessName.trim(),
            ...(d.witnessRole.trim() ? { role: d.witnessRole.trim() } : {}),
          },
        }
      : {}),
    ...(d.party === 'legalRepresentative'
      ? {
          representative: {
            name: d.representativeName.trim(),
            mandate: d.mandate,
            ...(d.reference.trim() ? { reference: d.reference.trim() } : {}),
          },
        }
      : {}),
  };
}

const MANDATES = ['tutelle', 'habilitationFamiliale', 'mandatProtectionFuture', 'parentalAuthority'] as const;

/** What the form needs from its element. */
export interface AgreementFormContext {
  t: Translate;
  draft: AgreementDraft;
  busy: boolean;
  /** The field the engine refused (JSON Pointer into the input) and why. */
  error?: { path?: string; message: string };
  update: (change: Partial<AgreementDraft>) => void;
  submit: () => void;
}

/**
 * Renders the agreement form.
 *
 * @example
 * renderAgreement({ t, draft, busy: false, update: (c) => …, submit: () => … });
 */
export function renderAgreement(c: AgreementFormContext): TemplateResult {
  const { t, draft: d } = c;
  const err = (path: string) => (c.error?.path === path ? c.error.message : undefined);
  const text = (
    id: string,
    path: string,
    label: string,
    value: string,
    key: keyof AgreementDraft,
    type = 'text',
  ) => {
    const message = err(path);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        .value=${value}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${message ? `${id}-error` : nothing}
        @input=${(e: Event) => c.update({ [key]: (e.target as HTMLInputElement).value })}
      />
      ${message ? html`<p class="field-error" id="${id}-error">${message}</p>` : nothing}
    </div>`;
  };
  const person = d.party !== 'structure';
  const opinionError = err('/opinion');
  return html`<form
    class="agreement"
    data-agreement
    novalidate
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      c.submit();
    }}
  >
    <fieldset>
      <legend>${t('plan.agreement.record')}</legend>
      <p class="muted" id="agreement-hint">
        ${t(person ? 'plan.agreement.hint' : 'plan.agreement.structureHint')}
      </p>
      <div class="row">
        <div class="field">
          <label for="party">${t('plan.agreement.party')}</label>
          <select
            id="party"
            aria-describedby="agreement-hint"
            @change=${(e: Event) =>
              c.update({ party: (e.target as HTMLSelectElement).value as AgreementDraft['party'] })}
          >
            ${(['person', 'legalRepresentative', 'structure'] as const).map(
              (p) => html`<option value=${p} ?selected=${d.party === p}>${t(`plan.agreement.${p}`)}</option>`,
            )}
          </select>
        </div>
        <fieldset class="inline">
          <legend>${t('plan.agreement.decision')}</legend>
          <label class="check"
            ><input
              type="radio"
              name="agreed"
              value="yes"
              .checked=${d.agreed}
              @change=${() => c.update({ agreed: true })}
            />
            ${t('plan.agreement.agreed')}</label
          >
          <label class="check"
            ><input
              type="radio"
              name="agreed"
              value="no"
              .checked=${!d.agreed}
              @change=${() => c.update({ agreed: false })}
            />
            ${t('plan.agreement.disagreed')}</label
          >
        </fieldset>
        ${text('agreement-on', '/on', t('plan.agreement.on'), d.on, 'on', 'date')}
      </div>
      ${
        d.party === 'legalRepresentative'
          ? html`<fieldset data-representative>
            <legend>${t('plan.agreement.representative')}</legend>
            <div class="row">
              ${text('rep-name', '/representative/name', t('plan.agreement.representativeName'), d.representativeName, 'representativeName')}
              <div class="field">
                <label for="mandate">${t('plan.agreement.mandate')}</label>
                <select
                  id="mandate"
                  aria-invalid=${err('/representative/mandate') ? 'true' : 'false'}
                  aria-describedby=${err('/representative/mandate') ? 'mandate-error' : nothing}
                  @change=${(e: Event) =>
                    c.update({ mandate: (e.target as HTMLSelectElement).value as AgreementDraft['mandate'] })}
                >
                  ${MANDATES.map(
                    (m) =>
                      html`<option value=${m} ?selected=${d.mandate === m}>${t(`plan.agreement.mandate.${m}`)}</option>`,
                  )}
                </select>
                ${
                  err('/representative/mandate')
                    ? html`<p class="field-error" id="mandate-error">${err('/representative/mandate')}</p>`
                    : nothing
                }
              </div>
              ${text('rep-reference', '/representative/reference', t('plan.agreement.reference'), d.reference, 'reference')}
            </div>
          </fieldset>`
          : nothing
      }
      ${
        person && d.agreed
          ? html`<fieldset class="inline" data-method>
            <legend>${t('plan.agreement.method')}</legend>
            ${(['signature', 'oral-witnessed'] as const).map(
              (m) => html`<label class="check"
                ><input
                  type="radio"
                  name="method"
                  value=${m}
                  .checked=${d.method === m}
                  @change=${() => c.update({ method: m })}
                />
                ${t(`plan.agreement.method.${m}`)}</label
              >`,
            )}
          </fieldset>`
          : nothing
      }
      ${
        person && d.agreed && d.method === 'oral-witnessed'
          ? html`<fieldset data-witness>
            <legend>${t('plan.agreement.witness')}</legend>
            <div class="row">
              ${text('witness-name', '/witness/name', t('plan.agreement.witnessName'), d.witnessName, 'witnessName')}
              ${text('witness-role', '/witness/role', t('plan.agreement.witnessRole'), d.witnessRole, 'witnessRole')}
            </div>
          </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="opinion">${t(d.agreed ? 'plan.agreement.opinion' : 'plan.agreement.opinionRequired')}</label>
        <textarea
          id="opinion"
          rows="2"
          .value=${d.opinion}
          ?required=${!d.agreed}
          aria-invalid=${opinionError ? 'true' : 'false'}
          aria-describedby=${opinionError ? 'opinion-error' : nothing}
          @input=${(e: Event) => c.update({ opinion: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${opinionError ? html`<p class="field-error" id="opinion-error">${opinionError}</p>` : nothing}
      </div>
      ${c.error ? html`<p class="field-error" role="alert" data-agreement-error>${c.error.message}</p>` : nothing}
      <button type="submit" ?disabled=${c.busy}>${t('plan.agreement.record')}</button>
    </fieldset>
  </form>`;
}
