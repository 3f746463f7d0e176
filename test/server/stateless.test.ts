/**
 * The server keeps nothing between requests: drafts live in the store, keyed per user file,
 * step and professional, and audited. A draft saved over HTTP is there on the next request, after
 * a restart of `npm start`'s server, and for another server process over the same store.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '@duikit/core';
import { startServer, type RunningServer } from '@duikit/server';
import { signIn } from './sign-in.js';
import { createWorld, ctxOf, newFile } from './world.js';

const started: RunningServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('drafts go through the store', () => {
  it(
    'survive the request, a second save, and a restart of npm start’s server',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'duikit-drafts-'));
      dirs.push(dir);
      const start = async () => {
        const s = await startServer({
          env: { PORT: '0', HOST: '127.0.0.1', DUIKIT_DATA_DIR: dir },
          log: () => {},
        });
        started.push(s);
        return s;
      };
      let server = await start();
      let secretary = await signIn(server.url, 'demo-ehpad-secretariat');
      const task = await secretary.getTasks();
      const request = task.ok ? task.value.find((t) => t.step.id === 'preAdmission.request') : undefined;
      expect(request, 'a seeded admission waits at its request step').toBeDefined();
      const id = request!.instanceId;

      const first = await secretary.saveStepResponse(id, { channel: 'other' }, { expectedVersion: 0 });
      expect(first).toMatchObject({ ok: true, value: { version: 1 } });
      const read = await secretary.getInstance(id);
      expect(read.ok && read.value.step).toMatchObject({
        response: { channel: 'other' },
        responseVersion: 1,
      });
      const second = await secretary.saveStepResponse(id, { channel: 'cerfa-14732' }, { expectedVersion: 1 });
      expect(second).toMatchObject({ ok: true, value: { version: 2 } });

      await server.close();
      started.pop();
      server = await start();
      secretary = await signIn(server.url, 'demo-ehpad-secretariat');
      const after = await secretary.getInstance(id);
      expect(after.ok && after.value.step).toMatchObject({
        response: { channel: 'cerfa-14732' },
        responseVersion: 2,
      });
      // Another professional of the same step has their own draft, not this one.
      const director = await signIn(server.url, 'demo-ehpad-director');
      const theirs = await director.getInstance(id);
      expect(theirs.ok && theirs.value.step?.responseVersion).toBe(0);
      // Saving was audited, with the step.
      const audit = await director.readAuditEntries({ limit: 10_000 });
      const drafts = audit.ok
        ? audit.value.filter((e) => e.action === 'draft' && e.details?.instanceId === id)
        : [];
      expect(drafts.map((e) => e.details?.version)).toEqual([1, 2]);
      expect(drafts[0]).toMatchObject({
        actor: { professionalId: 'demo-ehpad-secretariat' },
        outcome: 'success',
      });
    },
  );

  it('are seen by another server process over the same store, and go when the step is left', async () => {
    const store = createMemoryStore();
    const a = await createWorld(store);
    const b = await createWorld(store);
    const director = ctxOf('demo-ehpad-director');
    const file = await a.engine.createUserFile(director, newFile('PARTAGE', 'Rose'), { id: 'uf-shared' });
    expect(file.ok).toBe(true);
    const admission = await a.service.bind(ctxOf('demo-ehpad-secretariat')).startWorkflow({
      definition: 'admission-ehpad',
      userFileId: 'uf-shared',
    });
    const id = admission.ok ? admission.value.id : '';
    const onA = a.as('demo-ehpad-secretariat');
    const onB = b.as('demo-ehpad-secretariat');
    expect(await onA.saveStepResponse(id, { channel: 'other' }, { expectedVersion: 0 })).toMatchObject({
      ok: true,
    });
    const seen = await onB.getInstance(id);
    expect(seen.ok && seen.value.step).toMatchObject({ response: { channel: 'other' }, responseVersion: 1 });
    expect(await onB.saveStepResponse(id, { channel: 'x' }, { expectedVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const sent = await onB.sendEvent(id, {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'other', receivedOn: '2026-03-02', stayType: 'permanent' },
    });
    expect(sent.ok && sent.value.state).toBe('preAdmission.completeness');
    expect(await store.query('stepDrafts', { where: { instanceId: id } })).toEqual([]);
  });
});
