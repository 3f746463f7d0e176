import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { define } from '@duikit/components';

declare global {
  interface Window {
    axe: { run(ctx: Element, opts?: object): Promise<{ violations: { id: string; help: string }[] }> };
  }
}

describe('define()', () => {
  it('registers a tag once and ignores the same class again', () => {
    class A extends HTMLElement {}
    define('dui-test-a', A);
    define('dui-test-a', A);
    expect(customElements.get('dui-test-a')).to.equal(A);
  });

  it('keeps the first class when another copy registers the same tag', () => {
    class B1 extends HTMLElement {}
    class B2 extends HTMLElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      define('dui-test-b', B1);
      define('dui-test-b', B2);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('dui-test-b')).to.equal(B1);
    expect(String(warnings[0])).to.contain('<dui-test-b>');
  });

  it('has no axe-core violations in a page using a defined element', async () => {
    document.body.innerHTML = '<main><h1>Test</h1><dui-test-a>contenu</dui-test-a></main>';
    const result = await window.axe.run(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });
});
