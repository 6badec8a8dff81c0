import { expect } from '@open-wc/testing';
import { FormModel, type FieldSpec } from '../src/forms/form-model.js';
import { withStorageBlocked } from './helpers/dom.js';

const fields: FieldSpec[] = [
  { name: 'role', required: true },
  { name: 'name', required: true, validate: (v) => (String(v).length < 2 ? 'required' : undefined) },
  { name: 'guardian', required: true, visibleWhen: (values) => values.role === 'guardian' },
  { name: 'copy', required: true, file: true },
  { name: 'privacy', required: true, requiredError: 'must-accept' },
];

/** The same questions, the privacy box being a declaration the citizen ticks. */
const pdf = (name: string, content: string) => new File([`%PDF-${content}`], name, { type: 'application/pdf' });
const declared: FieldSpec[] = fields.map((field) => (field.name === 'privacy' ? { ...field, declaration: true } : field));

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

  it('keeps a draft in sessionStorage: typed answers and the request key, never files nor ticked declarations', () => {
    const first = new FormModel(declared, 'draft-test');
    first.set('name', 'Mario');
    first.set('privacy', true);
    first.set('copy', new File(['x'], 'fronte.pdf', { type: 'application/pdf' }));
    first.submittedRequest = { key: 'key-1', answers: 'fp' };
    const stored = JSON.parse(sessionStorage.getItem('draft-test')!) as Record<string, unknown>;
    expect(stored).to.deep.include({ values: { name: 'Mario' }, submitted: { key: 'key-1', answers: 'fp' }, hadFiles: true });
    const again = new FormModel(declared, 'draft-test');
    expect(again.values).to.deep.equal({ name: 'Mario' });
    expect(again.submittedRequest).to.deep.equal({ key: 'key-1', answers: 'fp' });
    expect(again.restoredWithoutFiles).to.equal(true);
    again.clearDraft();
    expect(sessionStorage.getItem('draft-test')).to.equal(null);
  });

  it('the same answers have the same fingerprint, files by name, size and type; any change makes another', () => {
    const fill = (name: string, copy: File) => {
      const model = new FormModel(fields);
      model.set('role', 'self');
      model.set('name', name);
      model.set('copy', copy);
      model.set('guardian', 'hidden while the role is self');
      return model.answersFingerprint();
    };
    const same = fill('Mario', pdf('fronte.pdf', 'abc'));
    expect(fill('Mario', pdf('fronte.pdf', 'abc'))).to.equal(same);
    expect(fill('Maria', pdf('fronte.pdf', 'abc'))).to.not.equal(same);
    expect(fill('Mario', pdf('retro.pdf', 'abc'))).to.not.equal(same);
    expect(fill('Mario', pdf('fronte.pdf', 'abcd'))).to.not.equal(same);
    expect(same).to.match(/^[0-9a-z]{1,11}$/); // a fingerprint, not the answers
  });

  it('forgets a draft older than 30 minutes', () => {
    const savedAt = Date.now() - 31 * 60_000;
    sessionStorage.setItem('draft-test', JSON.stringify({ values: { name: 'Mario' }, submitted: { key: 'old', answers: 'fp' }, hadFiles: false, savedAt }));
    const model = new FormModel(declared, 'draft-test');
    expect(model.values).to.deep.equal({});
    expect(model.submittedRequest).to.equal(undefined);
    expect(sessionStorage.getItem('draft-test')).to.equal(null);
    sessionStorage.setItem('draft-test', JSON.stringify({ values: { name: 'Mario' }, hadFiles: false, savedAt: Date.now() - 29 * 60_000 }));
    expect(new FormModel(declared, 'draft-test').values).to.deep.equal({ name: 'Mario' });
  });

  it('ignores a draft that is not JSON, has no date, or names unknown fields', () => {
    const savedAt = Date.now();
    sessionStorage.setItem('draft-test', JSON.stringify({ values: { name: 'Mario', unknown: 'x', copy: 'not a file', privacy: true }, savedAt }));
    expect(new FormModel(declared, 'draft-test').values).to.deep.equal({ name: 'Mario' });
    sessionStorage.setItem('draft-test', '{"name": "Mario"}'); // an older draft's shape
    expect(new FormModel(declared, 'draft-test').values).to.deep.equal({});
    sessionStorage.setItem('draft-test', '{broken');
    expect(new FormModel(declared, 'draft-test').values).to.deep.equal({});
  });

  it('clears every answer, error and the stored draft on the citizen\'s request', () => {
    const model = new FormModel(declared, 'draft-test');
    model.set('name', 'Mario');
    model.submittedRequest = { key: 'key-1', answers: 'fp' };
    model.submitted = true;
    model.validate();
    model.clearAll();
    expect(model.values).to.deep.equal({});
    expect(model.shownErrors()).to.deep.equal([]);
    expect(model.submittedRequest).to.equal(undefined);
    expect(sessionStorage.getItem('draft-test')).to.equal(null);
  });

  it('works on when the browser refuses storage (cookies blocked: reading sessionStorage throws)', async () => {
    await withStorageBlocked(() => {
      const model = new FormModel(declared, 'draft-test');
      model.set('name', 'Mario');
      model.submittedRequest = { key: 'key-1', answers: 'fp' };
      expect(model.values).to.deep.equal({ name: 'Mario' });
      expect(model.submittedRequest?.key).to.equal('key-1');
      model.clearDraft();
      model.clearAll();
      expect(model.values).to.deep.equal({});
    });
  });

  it('works on when storage is full', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const model = new FormModel(declared, 'draft-test');
      model.set('name', 'Mario');
      expect(model.values).to.deep.equal({ name: 'Mario' });
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
