import { expect } from '@open-wc/testing';
import { FormModel, type FieldSpec } from '../src/forms/form-model.js';

const fields: FieldSpec[] = [
  { name: 'role', required: true },
  { name: 'name', required: true, validate: (v) => (String(v).length < 2 ? 'required' : undefined) },
  { name: 'guardian', required: true, visibleWhen: (values) => values.role === 'guardian' },
  { name: 'copy', required: true, file: true },
  { name: 'privacy', required: true, requiredError: 'must-accept' },
];

describe('form model', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows no error before the first submit, then follows each change', () => {
    const model = new FormModel(fields);
    model.set('name', 'M');
    expect(model.shownErrors()).to.deep.equal([]);
    model.submitted = true;
    expect(model.validate()).to.equal(false);
    expect(model.shownErrors().map(([name, e]) => `${name}:${e.key}`)).to.deep.equal(['role:required', 'name:required', 'copy:required', 'privacy:must-accept']);
    model.set('name', 'Mario');
    expect(model.shownError('name')).to.equal(undefined);
  });

  it('checks and submits a conditional field only while it is shown', () => {
    const model = new FormModel(fields);
    model.submitted = true;
    model.set('guardian', 'Anna');
    expect(model.visibleValues()).to.not.have.property('guardian');
    model.set('role', 'guardian');
    expect(model.visibleValues()).to.have.property('guardian', 'Anna');
    model.set('guardian', '');
    expect(model.shownError('guardian')?.key).to.equal('required');
  });

  it('keeps an error from outside the checks until its field changes', () => {
    const model = new FormModel(fields);
    model.set('name', 'Mario');
    model.reject('name', { key: 'server', text: 'Nome non trovato' });
    expect(model.validate()).to.equal(false);
    expect(model.shownError('name')).to.deep.equal({ key: 'server', text: 'Nome non trovato' });
    model.set('name', 'Maria');
    expect(model.shownError('name')).to.equal(undefined);
  });

  it('keeps a draft in sessionStorage, never the files', () => {
    const first = new FormModel(fields, 'draft-test');
    first.set('name', 'Mario');
    first.set('privacy', true);
    first.set('copy', new File(['x'], 'fronte.pdf', { type: 'application/pdf' }));
    expect(sessionStorage.getItem('draft-test')).to.equal('{"name":"Mario","privacy":true}');
    const again = new FormModel(fields, 'draft-test');
    expect(again.values).to.deep.equal({ name: 'Mario', privacy: true });
    again.clearDraft();
    expect(sessionStorage.getItem('draft-test')).to.equal(null);
  });

  it('ignores a draft that is not JSON or names unknown fields', () => {
    sessionStorage.setItem('draft-test', '{"name": "Mario", "unknown": "x", "copy": "not a file"}');
    expect(new FormModel(fields, 'draft-test').values).to.deep.equal({ name: 'Mario' });
    sessionStorage.setItem('draft-test', '{broken');
    expect(new FormModel(fields, 'draft-test').values).to.deep.equal({});
  });
});
