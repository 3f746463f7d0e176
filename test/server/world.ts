/**
 * A whole DUI Kit world for contract tests: an engine over a memory store with the shipped
 * policy, workflows and establishment configuration, the demo professionals as its directory, a
 * clock the test moves, and counters for every id — so two worlds fed the same calls end in the
 * same state, and their answers can be compared value for value.
 */
import { exportTddui } from '@duikit/fhir';
import {
  createBackendService,
  type TdduiExporter,
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  standardWorkflowFiles,
  type BackendService,
  type CallContext,
  type DuiBackend,
  type Engine,
  type StorePort,
} from '@duikit/core';
import type { FastifyInstance } from 'fastify';
import { createDemoAuth, createServer, DEMO_PROFESSIONALS, demoDirectory } from '@duikit/server';

/** A world: its engine, the service over it, its clock. */
export interface World {
  engine: Engine;
  service: BackendService;
  store: StorePort;
  clock: { now: Date };
  /** The in-process backend of a demo professional. */
  as(professionalId: string): DuiBackend;
}

/** The call context of a demo professional. */
export function ctxOf(professionalId: string): CallContext {
  const p = DEMO_PROFESSIONALS.find((x) => x.professionalId === professionalId);
  if (!p) throw new Error(`no demo professional ${professionalId}`);
  return {
    actor: { professionalId: p.professionalId, role: p.role, establishment: p.establishment, name: p.name },
    purpose: 'care',
  };
}

/**
 * Builds a world; `store` lets two worlds share one store (two server processes).
 *
 * @example
 * const w = await createWorld();
 * await w.as('demo-ehpad-director').getProfessionals();
 */
export async function createWorld(shared?: StorePort): Promise<World> {
  const clock = { now: new Date('2026-03-02T08:00:00.000Z') };
  const store = shared ?? createMemoryStore(() => clock.now);
  let ids = 0;
  const engine = await createEngine({
    store,
    policy: defaultAccessPolicy,
    clock: () => clock.now,
    mode: 'demo',
    workflows: [standardWorkflowFiles],
    workflowOptions: { newId: () => `wf-${++ids}` },
    directory: demoDirectory,
    newId: () => `uf-${++ids}`,
    // One key for every world, so that two worlds' audit entries (their MACs) compare alike.
    auditKey: 'c3'.repeat(32),
  });
  // The TDDUI export as the server wires it, with the world's clock and numbered ids, so the
  // in-process and HTTP answers can be compared byte for byte.
  const tddui: TdduiExporter = (e, ctx, id) => {
    let n = 0;
    const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    return exportTddui(e, ctx, id, { mode: 'demo', now: clock.now, uuid });
  };
  const service = createBackendService(engine, { clock: () => clock.now, tddui });
  return { engine, service, store, clock, as: (id) => service.bind(ctxOf(id)) };
}

/** A new person's file (demo INS OID, provisional identity). */
export function newFile(birthName: string, firstName: string, birthDate = '1939-04-12') {
  return {
    status: 'preAdmission',
    person: {
      id: `p-${birthName.toLowerCase()}`,
      identityStatus: 'PROV',
      ins: { birthName, birthFirstNames: [firstName], birthDate, sex: 'F', birthPlace: { code: '69123' } },
    },
    extensions: { demo: true },
  };
}

/**
 * The HTTP server over a world (demo sign-in, plain-HTTP cookie, no static files).
 *
 * @example
 * const app = await worldServer(await createWorld());
 */
export function worldServer(w: World): Promise<FastifyInstance> {
  return createServer({
    service: w.service,
    auth: createDemoAuth(DEMO_PROFESSIONALS),
    secret: 'w'.repeat(48),
    secureCookie: false,
    assets: false,
  });
}
