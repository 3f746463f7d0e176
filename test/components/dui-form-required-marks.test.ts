import { expect } from 'chai';
import 'axe-core/axe.min.js';

import type { JsonSchema } from '@duikit/core/form/types';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { $$, axeViolations, byLabel, mount } from './form/helpers.js';

const guardian: JsonSchema = {
  type: 'object',
  properties: {
    hasGuardian: { type: 'boolean', title: 'Sous mesure de protection' },
    guardianName: { type: 'string', title: 'Nom du tuteur' },
  },
  if: { properties: { hasGuardian: { const: true } }, required: ['hasGuardian'] },
  then: { required: ['guardianName'] },
};

const starred = (el: HTMLInputElement) => !!el.labels?.[0]?.querySelector('.req');

describe('<dui-form> required marks from if/then/else', () => {
  it('shows and clears the star and aria-required as the if holds, on mount and on host data', async () => {
    const form = await mount({ schema: guardian, data: {} });
    const name = byLabel(form, 'Nom du tuteur');
    expect(name.hasAttribute('aria-required')).to.equal(false);
    expect(starred(name)).to.equal(false);
    byLabel(form, 'Sous mesure de protection').click();
    expect(name.getAttribute('aria-required')).to.equal('true');
    expect(starred(name)).to.equal(true);
    byLabel(form, 'Sous mesure de protection').click();
    expect(name.hasAttribute('aria-required')).to.equal(false);
    expect(starred(name)).to.equal(false);
    form.data = { hasGuardian: true };
    await form.updateComplete;
    expect(name.getAttribute('aria-required')).to.equal('true');
    const again = await mount({ schema: guardian, data: { hasGuardian: true } });
    expect(byLabel(again, 'Nom du tuteur').getAttribute('aria-required')).to.equal('true');
    expect(await axeViolations(again)).to.deep.equal([]);
    const story = await mount({ ...formFixtures.guardianship, data: { underProtection: true } });
    expect(byLabel(story, 'Date du jugement').getAttribute('aria-required')).to.equal('true');
    expect(await axeViolations(story)).to.deep.equal([]);
  });

  it('reads else, allOf parts and nested objects', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        entry: {
          type: 'object',
          title: 'Admission',
          properties: {
            mode: { type: 'string', title: 'Mode', enum: ['urgence', 'programmée'] },
            reason: { type: 'string', title: 'Motif' },
            date: { type: 'string', format: 'date', title: 'Date prévue' },
          },
          allOf: [
            {
              if: { properties: { mode: { const: 'urgence' } }, required: ['mode'] },
              then: { required: ['reason'] },
              else: { required: ['date'] },
            },
          ],
        },
      },
    };
    const form = await mount({ schema, data: { entry: { mode: 'urgence' } } });
    const [reason, date] = [byLabel(form, 'Motif'), byLabel(form, 'Date prévue')];
    expect([reason.ariaRequired, date.ariaRequired]).to.deep.equal(['true', null]);
    const mode = byLabel<HTMLSelectElement>(form, 'Mode');
    mode.value = '1';
    mode.dispatchEvent(new Event('change'));
    expect([reason.ariaRequired, date.ariaRequired]).to.deep.equal([null, 'true']);
  });

  it('evaluates the if of an array item against that item', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        contacts: {
          type: 'array',
          title: 'Contacts',
          items: {
            type: 'object',
            properties: {
              role: { type: 'string', title: 'Rôle', enum: ['famille', 'médecin'] },
              rpps: { type: 'string', title: 'Numéro RPPS' },
            },
            if: { properties: { role: { const: 'médecin' } }, required: ['role'] },
            then: { required: ['rpps'] },
          },
        },
      },
    };
    const form = await mount({ schema, data: { contacts: [{ role: 'famille' }, { role: 'médecin' }] } });
    const rpps = $$(form, 'input').filter((i) => i.labels?.[0]?.textContent?.startsWith('Numéro RPPS'));
    expect(rpps.map((i) => i.ariaRequired)).to.deep.equal([null, 'true']);
    const role = $$<HTMLSelectElement>(form, 'select')[0];
    role.value = '1';
    role.dispatchEvent(new Event('change'));
    expect(rpps.map((i) => i.ariaRequired)).to.deep.equal(['true', 'true']);
  });
});
