import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../components/shared/define.js';
import { captureConsole } from './helpers/dom.js';

describe('registration', () => {
  it('a second copy of the same version is a silent no-op', async () => {
    class First extends LitElement {}
    class SecondCopy extends LitElement {}
    defineElement('cie-test-copy', First, '1.0.0');
    const { warnings } = await captureConsole(async () => defineElement('cie-test-copy', SecondCopy, '1.0.0'));
    expect(customElements.get('cie-test-copy')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('another version of the same element warns instead of throwing', async () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement('cie-test-twice', First, '1.0.0');
    const { warnings } = await captureConsole(async () => defineElement('cie-test-twice', Second, '2.0.0'));
    expect(customElements.get('cie-test-twice')).to.equal(First);
    expect(warnings.join()).to.contain('<cie-test-twice> is already defined by version 1.0.0; version 2.0.0 is not used.');
  });
});
