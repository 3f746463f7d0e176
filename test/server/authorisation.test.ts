/**
 * Issue 14, the authorisation suite: every route of the contract that returns personal data, for
 * every demo professional, over HTTP against the seeded reference server. Marked values
 * ("canaries") are written into one EHPAD person's file — health, financial, a medical opinion, a
 * professional's draft — and each answer is searched for them. Who may read what is the hand
 * table below, written from the roles of research/domain.md (§B, §6.3) and issue 14, never read
 * from access-policy.json: health content for the health professionals of the care team; money
 * for the director and the social worker; a draft for its author; the audit trail for the
 * director, of their own establishment; nothing at all across establishments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duiContract, type Operation } from '@duikit/core';
import { DEMO_PROFESSIONALS } from '@duikit/server';
import { demoServer, type DemoServer } from './demo-server.js';

/** What a canary reveals, and who may read it (professional ids), by hand. */
const EHPAD = [
  'director',
  'secretariat',
  'physician',
  'head-nurse',
  'nurse',
  'psychologist',
  'social-worker',
];
const ehpad = (...roles: string[]) => roles.map((r) => `demo-ehpad-${r}`);
const READERS: Record<string, string[]> = {
  // CSP L1110-4/L1110-12, domain §B: the medical part is for the care team's health professionals;
  // the director sees it "only if also a health professional", the secretariat has "no clinical
  // content", the psychologist and the social worker work in their own fields.
  health: ehpad('physician', 'head-nurse', 'nurse'),
  // Resources: the social worker ("rights, resources") and the director who signs the contract
  // and its prices; nurses have "no financial data by default", the secretariat keeps identity.
  financial: ehpad('director', 'social-worker'),
  // A draft is its author's unsent work.
  draft: ehpad('social-worker'),
  // Who the person is: everyone of the establishment's team; no one elsewhere (issue 14 §2, §4).
  identity: ehpad(...EHPAD),
};
/** Audit trail readers (governance): the director, and only of their own establishment. */
const AUDIT_READERS = DEMO_PROFESSIONALS.filter((p) => p.role === 'director').map((p) => p.professionalId);

/** The GET routes of the contract that carry no person's data (definitions, directory, session). */
const NOT_PERSONAL = new Set([
  'getWorkflows',
  'getWorkflowDefinition',
  'getFormDefinition',
  'getPartSchema',
  'getProfessionals',
  'getSession',
]);

const CANARY = {
  health: 'CANARI-SANTE-7f3a',
  opinion: 'CANARI-AVIS-MEDICAL-91bd',
  financial: 'CANARI-RESSOURCES-2c44',
  draft: 'CANARI-BROUILLON-5e10',
};
/** The person's identity as an outsider could recognise it (demo-p01: DURAND, born 1938-03-14). */
const IDENTITY = ['DURAND', '1938-03-14'];

let s: DemoServer;
let fileIds: string[] = [];
const instanceIds: string[] = [];

const as: DemoServer['as'] = (...args) => s.as(...args);
const ok = async (r: ReturnType<typeof as>) => {
  const res = await r;
  if (res.statusCode >= 300) throw new Error(`setup refused: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
};

beforeAll(async () => {
  s = await demoServer();
  const file = 'demo-p01';
  // Health: the care project, written by the coordinating physician.
  const p01 = await ok(as('demo-ehpad-physician', 'GET', `/api/user-files/${file}`));
  const health = (p01.file as Record<string, unknown>).health ?? {};
  await ok(
    as('demo-ehpad-physician', 'PUT', `/api/user-files/${file}/parts/health`, {
      value: { ...health, careProject: CANARY.health },
      expectedVersion: p01.version,
    }),
  );
  // Money: the resources, written by the social worker.
  const now = await ok(as('demo-ehpad-social-worker', 'GET', `/api/user-files/${file}`));
  const rights = (now.file as Record<string, unknown>).rights ?? {};
  await ok(
    as('demo-ehpad-social-worker', 'PUT', `/api/user-files/${file}/parts/rights`, {
      value: { ...rights, resources: { monthlyIncome: 1234, comment: CANARY.financial } },
      expectedVersion: now.version,
    }),
  );
  // A medical opinion with reservations, on the admission waiting for its completeness check
  // (demo-p05): the social worker finds the request complete, the physician gives the opinion.
  const admissionOf = async (fileId: string) =>
    (await s.demo.runtime.list({ fileId })).find((i) => i.definition.startsWith('admission-ehpad'))!.id;
  const p05 = await admissionOf('demo-p05');
  await ok(as('demo-ehpad-social-worker', 'POST', `/api/instances/${p05}/events`, { type: 'COMPLETE' }));
  await ok(
    as('demo-ehpad-physician', 'POST', `/api/instances/${p05}/events`, {
      type: 'GIVE_MEDICAL_OPINION',
      payload: {
        opinion: 'favourable-with-reservations',
        reservations: CANARY.opinion,
        givenOn: '2026-03-01',
      },
    }),
  );
  // The social worker's draft of a request still being written (demo-p06).
  const p06 = await admissionOf('demo-p06');
  await ok(
    as('demo-ehpad-social-worker', 'PUT', `/api/instances/${p06}/response`, {
      response: { channel: 'mail', comment: CANARY.draft },
    }),
  );
  fileIds = [file, 'demo-p05', 'demo-p06'];
  for (const f of fileIds) instanceIds.push(...(await s.demo.runtime.list({ fileId: f })).map((i) => i.id));
});
afterAll(() => s.app.close());

/** Every URL of the personal-data GET routes for the files under test. */
function urls(): { op: string; url: string; scoped: boolean }[] {
  const out: { op: string; url: string; scoped: boolean }[] = [];
  for (const [name, op] of Object.entries(duiContract) as [string, Operation][]) {
    if (op.method !== 'GET' || NOT_PERSONAL.has(name)) continue;
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const values = (p: string) => (p === 'userFileId' ? fileIds : p === 'instanceId' ? instanceIds : []);
    if (params.length === 0) out.push({ op: name, url: op.path, scoped: false });
    else if (params.length === 1)
      for (const v of values(params[0]))
        out.push({ op: name, url: op.path.replace(`{${params[0]}}`, v), scoped: true });
    else throw new Error(`authorisation suite: classify ${name} (${op.path})`);
  }
  return out;
}

describe('authorisation over the HTTP API', () => {
  it('covers every GET route of the contract: each is personal data, or declared as not', () => {
    const gets = Object.entries(duiContract).filter(([, op]) => op.method === 'GET');
    const personal = new Set(urls().map((u) => u.op));
    for (const [name] of gets) expect(personal.has(name) || NOT_PERSONAL.has(name), name).toBe(true);
    expect(personal.size).toBeGreaterThanOrEqual(15);
  });

  it('no professional reads what the hand table withholds, on any route (0 unauthorised reads)', async () => {
    const leaks: string[] = [];
    const seen = new Map<string, Set<string>>(); // canary → who saw it
    let requests = 0;
    for (const pro of DEMO_PROFESSIONALS) {
      const who = pro.professionalId;
      const outsider =
        pro.establishment !==
        DEMO_PROFESSIONALS.find((p) => p.professionalId === 'demo-ehpad-director')!.establishment;
      for (const { op, url, scoped } of urls()) {
        const res = await as(who, 'GET', url);
        requests++;
        const body = res.body;
        const where = `${who} ${op} ${url} → ${res.statusCode}`;
        if (res.statusCode >= 500) leaks.push(`${where}: server error`);
        const isAudit = ['getAudit', 'readAuditEntries', 'exportAuditFhir', 'verifyAudit'].includes(op);
        if (isAudit && !AUDIT_READERS.includes(who) && res.statusCode < 400)
          leaks.push(`${where}: audit read`);
        if (outsider && scoped && res.statusCode < 400) leaks.push(`${where}: another establishment's file`);
        for (const [kind, text] of Object.entries(CANARY)) {
          if (!body.includes(text)) continue;
          const category = kind === 'opinion' ? 'health' : kind;
          const set = seen.get(kind) ?? new Set<string>();
          seen.set(kind, set.add(who));
          if (!READERS[category].includes(who)) leaks.push(`${where}: ${kind}`);
        }
        if (!READERS.identity.includes(who) && IDENTITY.some((t) => body.includes(t)))
          leaks.push(`${where}: identity`);
      }
    }
    expect(leaks).toEqual([]);
    // Not vacuous: each canary is read by whom the table allows, somewhere.
    expect([...(seen.get('health') ?? [])].sort()).toEqual([...READERS.health].sort());
    // The opinion's answers are stored (the instance record holds them) but no view shows a
    // submitted answer today: the canary guards against one that would show it to the wrong reader.
    const stored = await s.demo.runtime.list({ fileId: 'demo-p05' });
    expect(JSON.stringify(stored)).toContain(CANARY.opinion);
    expect([...(seen.get('financial') ?? [])].sort()).toEqual([...READERS.financial].sort());
    expect([...(seen.get('draft') ?? [])]).toEqual(READERS.draft);
    expect(requests).toBeGreaterThan(DEMO_PROFESSIONALS.length * 20);
  });
});
