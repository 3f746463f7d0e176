import { describe, expect, it } from 'vitest';
import type { CallContext } from '@duikit/core';
import { as, note, seeded, versionOf, value } from './fixtures.js';

const person: CallContext = {
  actor: { professionalId: 'uf-1', role: 'person', establishment: '750000001' },
  purpose: 'rights-request',
};

describe('the person’s rights', () => {
  it('exports the whole file as JSON for the person, audited', async () => {
    const { engine } = await seeded();
    const r = await engine.exportUserFile(person, 'uf-1', 'json');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mediaType).toBe('application/json; charset=utf-8');
    const doc = JSON.parse(r.value.content) as {
      file: Record<string, unknown>;
      withheld: unknown[];
      fileVersion: number;
    };
    expect(Object.keys(doc.file).sort()).toEqual([
      'assessments',
      'documents',
      'health',
      'notes',
      'person',
      'rights',
      'stays',
      'supportPlans',
    ]);
    expect(doc.withheld).toEqual([]);
    const audit = await engine.readAudit(as('director'), { actor: 'uf-1' });
    expect(value(audit).map((e) => e.action)).toEqual(['export']);
  });

  it('exports a printable, escaped HTML document', async () => {
    const { engine } = await seeded();
    await engine.addItem(
      as('educator'),
      'uf-1',
      'notes',
      note('<script>alert("x")</script> & co', 'general'),
      { expectedVersion: await versionOf(engine) },
    );
    const r = await engine.exportUserFile(person, 'uf-1', 'html');
    if (!r.ok) throw new Error(r.error.message);
    const html = r.value.content;
    expect(r.value.mediaType).toBe('text/html; charset=utf-8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<h1>Dossier usager — Jeanne MARTIN</h1>');
    expect(html).toContain('<h2 id="part-health">Santé</h2>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('@media print');
    // Labels and coded values come from the schemas, in French.
    expect(html).toContain('<dt>Prénoms de naissance</dt><dd>Jeanne, Marie</dd>');
    expect(html).toContain('<dt>Sexe</dt><dd>Féminin</dd>');
  });

  it('leaves out what the actor may not export, and says so', async () => {
    const { engine } = await seeded();
    const r = await engine.exportUserFile(as('director'), 'uf-1', 'html');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.content).not.toContain('pénicilline');
    expect(r.value.content).toMatch(/Informations non communiquées \(\d+\)/);
    expect((await engine.exportUserFile(as('nurse'), 'uf-1', 'json')).ok).toBe(false);
  });

  it('rectifies with the previous value kept in the audit, not in the live file', async () => {
    const { engine } = await seeded();
    const r = await engine.rectify(
      as('secretariat'),
      'uf-1',
      [{ pointer: '/person/ins/birthDate', value: '1941-05-21' }],
      { expectedVersion: await versionOf(engine), reason: 'Demande de la personne du 2 mars' },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(JSON.stringify(r.value.file)).not.toContain('1941-05-12');
    const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
    const entry = audit.ok ? audit.value.find((e) => e.action === 'rectify') : undefined;
    expect(entry).toMatchObject({
      reason: 'Demande de la personne du 2 mars',
      details: { changes: [{ pointer: '/person/ins/birthDate', before: '1941-05-12', after: '1941-05-21' }] },
    });
    const noReason = await engine.rectify(
      as('secretariat'),
      'uf-1',
      [{ pointer: '/person/usedName', value: 'X' }],
      { expectedVersion: r.value.version, reason: ' ' },
    );
    expect(!noReason.ok && noReason.error.path).toBe('/reason');
  });

  it('a representative’s rights end with the measure; a stranger cannot record an objection', async () => {
    const { engine } = await seeded();
    const stranger: CallContext = {
      actor: { professionalId: 'x', role: 'legal-representative', establishment: '750000001' },
      purpose: 'x',
    };
    const r = await engine.object(stranger, 'uf-1', { categories: ['health'] });
    expect(!r.ok && r.error.code).toBe('forbidden');
    const empty = await engine.object(person, 'uf-1', { categories: [] });
    expect(!empty.ok && empty.error.path).toBe('/categories');
  });
});

describe('signing', () => {
  it('the person signs a document they may not write; a role without sign is refused', async () => {
    const { engine } = await seeded();
    const r = await engine.sign(person, 'uf-1', 'documents', 'd1', {
      expectedVersion: await versionOf(engine),
    });
    if (!r.ok) throw new Error(r.error.message);
    const doc = (
      r.value.file.documents as { id: string; signatures: { capacity: string; signer: { id: string } }[] }[]
    )[0];
    expect(doc.signatures).toMatchObject([
      { capacity: 'person', signer: { id: 'uf-1' }, signedAt: '2026-03-02T09:00:00.000Z' },
    ]);
    expect(
      (
        await engine.addItem(
          person,
          'uf-1',
          'documents',
          { title: 'x' },
          { expectedVersion: r.value.version },
        )
      ).ok,
    ).toBe(false);
    const nurse = await engine.sign(as('nurse'), 'uf-1', 'documents', 'd1', {
      expectedVersion: r.value.version,
    });
    expect(!nurse.ok && nurse.error.message).toMatch(/signer/);
    const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
    expect(
      value(audit)
        .filter((e) => e.action === 'sign')
        .map((e) => e.outcome),
    ).toEqual(['success', 'refused']);
  });
});
