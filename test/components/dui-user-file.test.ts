import { expect } from 'chai';
import type { DuiUserFile } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW, secretary } from './fixtures/data.js';

async function file(opts: Parameters<typeof createFixtureBackend>[0] = {}, locale = 'fr', id = 'uf-001') {
  const el = await mount<DuiUserFile>(
    `<dui-user-file file-id="${id}"></dui-user-file>`,
    createFixtureBackend(opts),
    {
      locale,
    },
  );
  el.now = NOW;
  await settle(el);
  return shadow(el);
}

const section = (root: ShadowRoot, id: string) => root.querySelector(`[data-section="${id}"]`)!;

describe('<dui-user-file>', () => {
  it('shows the identity with the INS status and flags a demo INS', async () => {
    const root = await file();
    const identity = section(root, 'identity');
    expect(root.querySelector('h2')!.textContent).to.contain('Dossier de Mme Jeanne FICTIVE');
    expect(identity.querySelector('[data-ins-status]')!.textContent).to.equal('Identité qualifiée');
    expect(identity.textContent).to.contain('INS de démonstration');
    expect(identity.textContent).to.contain('14 mai 1938');
    expect(identity.textContent).to.contain('Jeanne Marie');
  });

  it('shows the entourage with the personne de confiance and the protection measure', async () => {
    const text = section(await file(), 'entourage').textContent;
    expect(text).to.contain('Personne de confiance');
    expect(text).to.contain('Claire FICTIVE (fille)');
    expect(text).to.contain('curatelle renforcée jusqu’au 30 juin 2030');
  });

  it('shows the stay, the contract status and the objectives', async () => {
    const root = await file();
    expect(section(root, 'stay').textContent).to.contain('Contrat de séjour');
    expect(section(root, 'stay').textContent).to.contain('remis, à signer');
    expect(section(root, 'objectives').textContent).to.contain('Maintenir la marche avec déambulateur');
    expect(section(root, 'objectives').textContent).to.contain('référent : Tom Petit');
  });

  it('marks a withheld section as restricted, with the reason, and shows nothing of it', async () => {
    const root = await file();
    const assessments = section(root, 'assessments');
    expect(assessments.querySelector('[part=restricted]')!.textContent).to.contain(
      'Accès restreint : Données de santé : réservées à l’équipe de soins',
    );
    expect(assessments.textContent).not.to.contain('GIR');
  });

  it('follows the actor: the secretariat does not see the objectives', async () => {
    const root = await file({ actor: secretary });
    expect(section(root, 'objectives').querySelector('[part=restricted]')).to.not.equal(null);
    expect(section(root, 'objectives').textContent).not.to.contain('Maintenir la marche');
  });

  it('lists only overdue deadlines, with how late they are', async () => {
    const text = section(await file(), 'deadlines').textContent;
    expect(text).to.contain('Signature du contrat de séjour (1 mois)');
    expect(text).to.contain('il y a 4 jours');
    expect(text).not.to.contain('Avenant');
  });

  it('speaks English when the provider says so', async () => {
    const root = await file({}, 'en');
    expect(root.querySelector('h2')!.textContent).to.contain('File of');
    expect(section(root, 'identity').textContent).to.contain('Qualified identity');
  });

  it('shows the backend’s error for an unknown file', async () => {
    const root = await file({}, 'fr', 'uf-999');
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Dossier uf-999 introuvable.');
  });

  it('has no axe-core violations', async () => {
    await file();
    expect(await axeViolations()).to.deep.equal([]);
  });
});
