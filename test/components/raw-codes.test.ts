import { expect } from 'chai';
import {
  createEngine,
  createInProcessBackend,
  createMemoryStore,
  defaultAccessPolicy,
  standardWorkflowFiles,
  type Actor,
  type DuiBackend,
  type Engine,
} from '@duikit/core';
import { auditActionTitles } from '../../packages/components/src/i18n/audit-log.js';
import { axeViolations, mount, settle } from './fixtures/helpers.js';

// The screens over a real engine (memory store, shipped policy, workflows and forms): an EHPAD
// admission walked to its parallel contract state. No code a configurator or the engine uses
// internally may reach the text a person reads: state ids and paths, event types, roles,
// outcomes, coded form values, professional ids, audit actions, data categories.
const FINESS = '690000013';
const pro = (professionalId: string, role: string, name: string): Actor => ({
  professionalId,
  role,
  establishment: FINESS,
  name,
});
const director = pro('pro-dir-x', 'director', 'Paul Garnier');
const secretary = pro('pro-sec-x', 'secretariat', 'Léa Morel');
const physician = pro('pro-med-x', 'coordinating-physician', 'Hugo Renard');
const headNurse = pro('pro-idec-x', 'head-nurse', 'Nora Blanc');
const staff = [director, secretary, physician, headNurse];
const clock = { now: new Date('2026-03-10T09:00:00Z') };

type Json = Record<string, unknown>;

/** Every code of the shipped definitions, policy and directory that words must replace. */
function knownCodes(): Set<string> {
  const codes = new Set<string>();
  const walkStates = (states: Json | undefined, prefix: string) => {
    for (const [id, s] of Object.entries(states ?? {})) {
      const state = s as Json & { task?: { roles?: string[] }; states?: Json; outcome?: string };
      codes.add(prefix + id);
      if (prefix) codes.add(id);
      for (const r of state.task?.roles ?? []) codes.add(r);
      if (state.outcome) codes.add(state.outcome);
      walkStates(state.states, `${prefix}${id}.`);
    }
  };
  const values = (s: unknown) => {
    if (!s || typeof s !== 'object') return;
    const o = s as Json;
    for (const b of (o.oneOf as Json[] | undefined) ?? [])
      if (typeof b.const === 'string') codes.add(b.const);
    for (const v of (o.enum as unknown[] | undefined) ?? []) if (typeof v === 'string') codes.add(v);
    for (const p of Object.values((o.properties as Json) ?? {})) values(p);
    values(o.items);
  };
  for (const def of standardWorkflowFiles.definitions) {
    walkStates(def.states, '');
    for (const [type, ev] of Object.entries(def.events)) {
      codes.add(type);
      for (const r of ev.roles ?? []) codes.add(r);
      values(ev.payload);
    }
  }
  for (const form of standardWorkflowFiles.forms) values(form.schema);
  for (const r of Object.keys(defaultAccessPolicy.roles)) codes.add(r);
  for (const c of defaultAccessPolicy.categories) codes.add(c.category);
  for (const a of Object.keys(auditActionTitles.fr)) codes.add(a);
  for (const p of staff) codes.add(p.professionalId);
  // A code that is also a word of the French titles (« contractualisation », « permanent ») is
  // not a leak when it shows: only codes no French title uses are.
  for (const word of frenchWords()) codes.delete(word);
  return codes;
}

/** Every word of the French titles of the shipped definitions and forms. */
function frenchWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: unknown) => {
    if (typeof text === 'string') for (const w of text.split(/[^\p{L}\p{N}-]+/u)) words.add(w);
  };
  const walk = (v: unknown, key = '') => {
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (key === 'fr' || key === 'title') add(v);
  };
  walk(standardWorkflowFiles);
  return words;
}

/** The text a person reads in an element, shadow roots included (select options too). */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  let out = '';
  const el = node as Element;
  if (el.shadowRoot) out += deepText(el.shadowRoot);
  for (const child of node.childNodes) out += ' ' + deepText(child);
  return out;
}

function rawCodesIn(text: string, codes: Set<string>): string[] {
  const found = new Set<string>();
  for (const token of text.split(/[^\p{L}\p{N}._-]+/u)) {
    const word = token.replace(/^[._-]+|[._-]+$/g, '');
    if (codes.has(word)) found.add(word);
  }
  return [...found].sort();
}

let engine: Engine;
let fileId = '';
let instanceId = '';
const backend = (actor: Actor): DuiBackend =>
  createInProcessBackend(engine, { actor, purpose: 'care' }, { clock: () => clock.now });

async function send(actor: Actor, type: string, payload?: Json) {
  const r = await backend(actor).sendEvent(instanceId, { type, ...(payload ? { payload } : {}) });
  if (!r.ok) throw new Error(`${type} as ${actor.role}: ${r.error.message}`);
}

describe('no raw code on the screens over a real engine', () => {
  const codes = knownCodes();
  const check = async (markup: string, actor: Actor, open?: (el: HTMLElement) => Promise<string>) => {
    const el = await mount<HTMLElement>(markup, backend(actor));
    await settle(el, 12);
    const text = deepText(el) + (open ? await open(el) : '');
    expect(text.trim().length, markup).to.be.greaterThan(20);
    expect(
      rawCodesIn(text, codes),
      `${markup} as ${actor.role}:\n${text.replace(/\s+/g, ' ')}`,
    ).to.deep.equal([]);
  };
  const openEvery = async (el: HTMLElement) => {
    // Each action with data opens its dialog: its fields and options are read too.
    let text = '';
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>(
      '[data-event][aria-haspopup=dialog]',
    )) {
      if (b.getAttribute('aria-disabled') === 'true') continue;
      b.click();
      await settle(el, 8);
      const dialog = el.shadowRoot!.querySelector('dialog[open]');
      if (dialog) text += ' ' + deepText(dialog);
      dialog?.querySelector<HTMLButtonElement>('[data-cancel]')?.click();
      await settle(el);
    }
    return text;
  };

  before(async () => {
    engine = await createEngine({
      store: createMemoryStore(),
      policy: defaultAccessPolicy,
      clock: () => clock.now,
      mode: 'demo',
      workflows: [standardWorkflowFiles],
      directory: {
        professionals: (finess) =>
          staff.filter((p) => p.establishment === finess).map((p) => ({ ...p, name: p.name! })),
        establishment: () => ({
          category: 'ehpad',
          name: { fr: 'EHPAD Les Tilleuls', en: 'Les Tilleuls nursing home' },
        }),
      },
    });
    const created = await engine.createUserFile(
      { actor: director, purpose: 'care' },
      {
        finess: FINESS,
        status: 'preAdmission',
        person: {
          id: 'U-raw-1',
          ins: {
            birthName: 'FICTIVE',
            birthFirstNames: ['Jeanne'],
            birthDate: '1938-05-14',
            sex: 'F',
            birthPlace: { code: '75114', name: 'Paris 14e' },
          },
          identityStatus: 'PROV',
          identityAttributes: ['fictitious'],
        },
      },
      { id: 'uf-raw-1', establishment: FINESS },
    );
    if (!created.ok) throw new Error(created.error.message);
    fileId = 'uf-raw-1';
    const started = await backend(director).startWorkflow({
      definition: 'admission-ehpad',
      userFileId: fileId,
    });
    if (!started.ok) throw new Error(started.error.message);
    instanceId = started.value.id;
  });

  it('the first step, its form and dialogs, and the inbox', async () => {
    await check(`<dui-workflow-step instance-id="${instanceId}"></dui-workflow-step>`, secretary, openEvery);
    await check('<dui-task-inbox></dui-task-inbox>', secretary);
  });

  it('the decision with its dialogs, the physician’s inbox, and the parallel contract state', async () => {
    await send(secretary, 'SUBMIT_REQUEST', {
      channel: 'cerfa-14732',
      receivedOn: '2026-03-09',
      stayType: 'permanent',
    });
    await send(secretary, 'COMPLETE');
    await check('<dui-task-inbox></dui-task-inbox>', physician);
    await check(`<dui-workflow-step instance-id="${instanceId}"></dui-workflow-step>`, physician);
    await send(physician, 'GIVE_MEDICAL_OPINION', { opinion: 'favourable', givenOn: '2026-03-10' });
    await check(`<dui-workflow-step instance-id="${instanceId}"></dui-workflow-step>`, director, openEvery);
    await send(director, 'ACCEPT', { plannedEntryDate: '2026-03-20' });
    await send(director, 'ENTER', { entryDate: '2026-03-20' });
    await check(`<dui-workflow-step instance-id="${instanceId}"></dui-workflow-step>`, director, openEvery);
  });

  it('the user file, its timeline, its care team and the audit log', async () => {
    await check(`<dui-user-file file-id="${fileId}"></dui-user-file>`, director);
    await check(`<dui-timeline file-id="${fileId}"></dui-timeline>`, director);
    await check(`<dui-care-team file-id="${fileId}"></dui-care-team>`, director);
    await check('<dui-audit-log page-size="100"></dui-audit-log>', director);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
