/**
 * Issue 14, point 4: a conflict answer (409) says that a file exists and what its version is. An
 * outsider — a professional of another establishment — must learn neither: access is decided
 * before versions are compared, on every route that takes an expected version.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendResult } from '@duikit/core';
import { createWorld, newFile, type World } from './world.js';

const EHPAD_DIRECTOR = 'demo-ehpad-director';
const OUTSIDER = 'demo-ime-director';
const WRONG = 41;

let w: World;
let fileId = '';
let version = 0;

beforeAll(async () => {
  w = await createWorld();
  const r = await w.as(EHPAD_DIRECTOR).createUserFile({ file: newFile('ORACLE', 'Berthe') as never });
  if (!r.ok) throw new Error(r.error.message);
  fileId = r.value.id;
  // A few writes, so that the version is not a guessable 1.
  for (const text of ['a', 'b', 'c']) {
    const v = await w.as(EHPAD_DIRECTOR).readUserFile(fileId);
    if (!v.ok) throw new Error(v.error.message);
    const n = await w.as(EHPAD_DIRECTOR).patchUserFile(fileId, {
      patch: { extensions: { demo: true, step: text } },
      expectedVersion: v.value.version,
    });
    if (!n.ok) throw new Error(n.error.message);
    version = n.value.version;
  }
});

/** The outsider's answer: a refusal that is not a conflict and does not tell the version. */
function expectBlind(r: BackendResult<unknown>) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).not.toBe('conflict');
  expect(['forbidden', 'not-found']).toContain(r.error.code);
  expect(JSON.stringify(r.error)).not.toMatch(new RegExp(`\\b${version}\\b`));
}

describe('access before conflict: an outsider with a stale version learns nothing', () => {
  const b = () => w.as(OUTSIDER);
  it('patch', async () =>
    expectBlind(await b().patchUserFile(fileId, { patch: {}, expectedVersion: WRONG })));
  it('identity', async () =>
    expectBlind(await b().updateIdentity(fileId, { identity: {}, expectedVersion: WRONG })));
  it('a part', async () =>
    expectBlind(await b().setPart(fileId, 'rights', { value: {}, expectedVersion: WRONG })));
  it('an item added', async () =>
    expectBlind(await b().addItem(fileId, 'notes', { item: { text: 'x' }, expectedVersion: WRONG })));
  it('an item changed', async () =>
    expectBlind(
      await b().updateItem(fileId, 'notes', 'n-1', { patch: { text: 'x' }, expectedVersion: WRONG }),
    ));
  it('a rectification', async () =>
    expectBlind(
      await b().rectify(fileId, {
        changes: [{ pointer: '/person/ins/birthName', value: 'X' }],
        expectedVersion: WRONG,
        reason: 'Erreur de saisie constatée',
      } as never),
    ));
  it('a support plan', async () =>
    expectBlind(await b().saveSupportPlan(fileId, { objectives: [] } as never, WRONG)));

  it('while the EHPAD’s own director, who reads the file, is told of the conflict', async () => {
    const r = await w.as(EHPAD_DIRECTOR).patchUserFile(fileId, { patch: {}, expectedVersion: WRONG });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('conflict');
  });
});
