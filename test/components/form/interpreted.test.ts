import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { toValidationErrors } from '@duikit/core';
import { interpretSchema as compileInterpreted } from '@duikit/core/form/interpret';

const schema = {
  type: 'object',
  required: ['birthName', 'age'],
  properties: {
    birthName: { type: 'string', minLength: 2 },
    age: { type: 'integer', minimum: 0, maximum: 130 },
    sex: { enum: ['F', 'M'] },
    contacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['phone'],
        properties: { phone: { type: 'string', pattern: '^0\\d{9}$' } },
      },
    },
  },
};

describe('compileInterpreted (CSP-safe fallback of <dui-form>)', () => {
  it('accepts valid data', () => {
    expect(compileInterpreted(schema)({ birthName: 'Durand', age: 80 })).to.equal(null);
  });

  it('reports errors with the paths and French messages of the ajv path', () => {
    const errors = toValidationErrors(
      compileInterpreted(schema)({ birthName: 'D', age: 200, sex: 'X', contacts: [{ phone: '12' }, {}] }),
      'fr',
    );
    const byPath = Object.fromEntries(errors.map((e) => [`${e.path} ${e.keyword}`, e]));
    expect(Object.keys(byPath).sort()).to.deep.equal(
      [
        '/age maximum',
        '/birthName minLength',
        '/contacts/0/phone pattern',
        '/contacts/1/phone required',
        '/sex enum',
      ].sort(),
    );
    expect(byPath['/age maximum'].params.limit).to.equal(130);
    expect(byPath['/contacts/1/phone required'].message).to.equal(
      toValidationErrors(
        [{ keyword: 'required', instancePath: '/contacts/1', params: { missingProperty: 'phone' } }],
        'fr',
      )[0].message,
    );
  });

  it('names the missing property of a required error', () => {
    const [e] = toValidationErrors(compileInterpreted(schema)({ birthName: 'Durand' }), 'en');
    expect(e.path).to.equal('/age');
    expect(e.keyword).to.equal('required');
  });

  it('leaves the page free of axe violations (no DOM involved)', async () => {
    document.body.innerHTML = '<main><h1>Validation</h1></main>';
    const result = await window.axe.run(document.body, { resultTypes: ['violations'] });
    expect(result.violations).to.deep.equal([]);
  });
});

describe('compileInterpreted and errorMessage', () => {
  it('uses a schema errorMessage (string, per keyword, bilingual) like ajv-errors', () => {
    const s = {
      type: 'object',
      properties: {
        code: { type: 'string', pattern: '^\\d{9}$', errorMessage: 'Neuf chiffres attendus.' },
        age: {
          type: 'integer',
          minimum: 18,
          errorMessage: { minimum: { fr: 'Majeur requis.', en: 'Adult required.' } },
        },
      },
    };
    const fr = toValidationErrors(compileInterpreted(s)({ code: 'x', age: 3 }), 'fr');
    expect(fr.map((e) => [e.path, e.message])).to.deep.equal([
      ['/code', 'Neuf chiffres attendus.'],
      ['/age', 'Majeur requis.'],
    ]);
    const en = toValidationErrors(compileInterpreted(s)({ code: '123456789', age: 3 }), 'en');
    expect(en.map((e) => e.message)).to.deep.equal(['Adult required.']);
  });
});
