import { expect } from 'chai';
import type { DuiBackend } from '@duikit/core';
import type { DuiCareTeam } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { director, nurse } from './fixtures/data.js';
import { pick } from './fixtures/form-helpers.js';

async function team(backend: DuiBackend = createFixtureBackend(), locale = 'fr') {
  const el = await mount<DuiCareTeam>('<dui-care-team file-id="uf-001"></dui-care-team>', backend, {
    locale,
  });
  return { el, root: shadow(el), backend };
}

const row = (root: ShadowRoot, id: string) =>
  root.querySelector<HTMLTableRowElement>(`tr[data-member="${id}"]`);
const cell = (root: ShadowRoot, member: string, category: string) =>
  root.querySelector(`td[data-member="${member}"][data-category="${category}"]`)!.textContent.trim();
const byName = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === name,
  );

describe('<dui-care-team>', () => {
  it('lists each member with role title, dates, the default mark and what they may do', async () => {
    const { root } = await team();
    expect(root.querySelector('h2')!.textContent).to.equal('Équipe de soins');
    const physician = row(root, 'pro-mc-01')!;
    expect(physician.querySelector('th')!.textContent).to.contain('Dr Hugo Renard');
    expect(physician.querySelector('.badge')!.textContent).to.equal('par défaut');
    expect(physician.textContent).to.contain('Médecin coordonnateur');
    expect(physician.textContent).to.contain('20 janv. 2026');
    expect(physician.textContent).to.contain('sans fin prévue');
    expect(cell(root, 'pro-mc-01', 'administrative')).to.equal('Consulter');
    expect(cell(root, 'pro-mc-01', 'health')).to.equal('Consulter et modifier');
    expect(cell(root, 'pro-ide-01', 'administrative')).to.equal('Consulter');
    const nurseRow = row(root, 'pro-ide-01')!;
    expect(nurseRow.querySelector('.badge')).to.equal(null);
    expect(nurseRow.textContent).to.contain('31 déc. 2026');
    // What each may do: one row per category, one column per member.
    const access = root.querySelector('table[data-table=access]')!;
    const rows = [...access.querySelectorAll('tbody th')].map((th) => th.textContent.trim());
    expect(rows).to.deep.equal(['Administratif', 'Santé', 'Projet personnalisé']);
    const columns = [...access.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(columns).to.deep.equal(['Données', 'Dr Hugo Renard', 'Inès Lambert']);
    expect(root.textContent).not.to.match(/coordinating-physician|\bnurse\b|health\b/);
  });

  it('adds a member chosen from the establishment’s candidates, with an end date', async () => {
    const { el, root, backend } = await team();
    const select = root.querySelector<HTMLSelectElement>('#candidate')!;
    expect([...select.options].map((o) => o.text)).to.include('Tom Petit — Masseur-kinésithérapeute');
    expect([...select.options].map((o) => o.text)).not.to.include('Inès Lambert — Infirmier');
    pick(select, 'Tom Petit — Masseur-kinésithérapeute');
    root.querySelector<HTMLInputElement>('#until')!.value = '2026-06-30';
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await settle(el);
    const call = (backend as ReturnType<typeof createFixtureBackend>).calls.find(
      (c) => c.method === 'addCareTeamMember',
    )!;
    expect(call.args).to.deep.equal(['uf-001', { professionalId: 'pro-kine-01', until: '2026-06-30' }]);
    expect(row(root, 'pro-kine-01')!.textContent).to.contain('30 juin 2026');
    const status = root.querySelector('[role=status]')!;
    expect(status.textContent).to.contain('Tom Petit a été ajouté(e) à l’équipe de soins.');
    expect(root.activeElement).to.equal(status);
  });

  it('says what to do when no professional was chosen, and sends nothing', async () => {
    const { el, root, backend } = await team();
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await settle(el);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain(
      'Choisissez le professionnel à ajouter.',
    );
    expect((backend as ReturnType<typeof createFixtureBackend>).calls.map((c) => c.method)).not.to.include(
      'addCareTeamMember',
    );
  });

  it('removes a member only once confirmed, and gives focus back on cancel', async () => {
    const { el, root, backend } = await team();
    const remove = byName(root, 'Retirer Inès Lambert de l’équipe de soins')!;
    remove.focus();
    remove.click();
    await settle(el);
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h3')!.textContent).to.equal('Retirer Inès Lambert de l’équipe de soins ?');
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')!.click();
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(root.activeElement).to.equal(remove);
    const calls = (backend as ReturnType<typeof createFixtureBackend>).calls;
    expect(calls.map((c) => c.method)).not.to.include('removeCareTeamMember');
    remove.click();
    await settle(el);
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
    await settle(el);
    expect(calls.find((c) => c.method === 'removeCareTeamMember')!.args).to.deep.equal([
      'uf-001',
      'pro-ide-01',
    ]);
    expect(row(root, 'pro-ide-01')).to.equal(null);
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Inès Lambert a été retiré(e)');
  });

  it('offers no change to a professional who may not manage the team, and says who may', async () => {
    const { root } = await team(createFixtureBackend({ actor: nurse }));
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelector('tbody button')).to.equal(null);
    expect(root.textContent).to.contain('Pour modifier l’équipe de soins, adressez-vous à : Directeur.');
  });

  it('shows the backend’s sentence when it refuses a change', async () => {
    const backend = createFixtureBackend({ actor: director });
    backend.addCareTeamMember = async () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Seul le directeur peut modifier l’équipe de soins de Mme Jeanne FICTIVE.',
      },
    });
    const { el, root } = await team(backend);
    pick(root.querySelector<HTMLSelectElement>('#candidate')!, 'Léa Morel — Secrétariat');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await settle(el);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain(
      'Modification refusée : Seul le directeur peut modifier l’équipe de soins de Mme Jeanne FICTIVE.',
    );
    expect(row(root, 'pro-sec-01')).to.equal(null);
  });

  it('speaks English with an English locale', async () => {
    const { root } = await team(createFixtureBackend(), 'en');
    const physician = row(root, 'pro-mc-01')!;
    expect(physician.querySelector('.badge')!.textContent).to.equal('by default');
    expect(physician.textContent).to.contain('Coordinating physician');
    expect(cell(root, 'pro-mc-01', 'health')).to.equal('Read and change');
    expect(root.querySelector('h2')!.textContent).to.equal('Care team');
  });

  it('says so when the backend has no care teams', async () => {
    const backend = createFixtureBackend();
    delete (backend as Partial<DuiBackend>).getCareTeam;
    const { root } = await team(backend);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('getCareTeam');
  });

  it('has no axe-core violations, for a manager, another professional and the dialog', async () => {
    const s = await team();
    expect(await axeViolations()).to.deep.equal([]);
    byName(s.root, 'Retirer Inès Lambert de l’équipe de soins')!.click();
    await settle(s.el);
    expect(await axeViolations()).to.deep.equal([]);
    await team(createFixtureBackend({ actor: nurse }));
    expect(await axeViolations()).to.deep.equal([]);
  });
});
