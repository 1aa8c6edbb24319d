import { expect } from '@open-wc/testing';

type DefineModule = typeof import('../../src/shared/registry.js');

/** Two copies of the guard module, as two bundles on one page would have. */
async function copy(name: string): Promise<DefineModule> {
  return (await import(`../../src/shared/registry.ts?copy=${name}`)) as DefineModule;
}

function captureWarnings(): { warnings: unknown[][]; restore: () => void } {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  return {
    warnings,
    restore: () => {
      console.warn = original;
    },
  };
}

describe('defineElement (registration guard)', () => {
  it('registers a free tag', async () => {
    const { defineElement } = await copy('free');
    class Free extends HTMLElement {}
    defineElement('vk-test-free', Free);
    expect(customElements.get('vk-test-free')).to.equal(Free);
  });

  it('lets a second copy of the library load without throwing, keeps the first definition and warns once', async () => {
    const first = await copy('first');
    const second = await copy('second');
    class FirstA extends HTMLElement {}
    class FirstB extends HTMLElement {}
    class SecondA extends HTMLElement {}
    class SecondB extends HTMLElement {}
    first.defineElement('vk-test-a', FirstA);
    first.defineElement('vk-test-b', FirstB);

    const { warnings, restore } = captureWarnings();
    try {
      expect(() => {
        second.defineElement('vk-test-a', SecondA);
      }).not.to.throw();
      expect(() => {
        second.defineElement('vk-test-b', SecondB);
      }).not.to.throw();
    } finally {
      restore();
    }
    expect(customElements.get('vk-test-a')).to.equal(FirstA);
    expect(customElements.get('vk-test-b')).to.equal(FirstB);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<vk-test-a>');
    expect(String(warnings[0]?.[0])).to.contain('0.1.0');
  });

  it('stays silent when the same class is defined again', async () => {
    const { defineElement } = await copy('same');
    class Same extends HTMLElement {}
    defineElement('vk-test-same', Same);
    const { warnings, restore } = captureWarnings();
    try {
      defineElement('vk-test-same', Same);
    } finally {
      restore();
    }
    expect(warnings).to.have.length(0);
  });

  it('keeps the version in src in step with package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    const { VERSION } = await import('../../src/shared/version.js');
    expect(VERSION).to.equal(pkg.version);
  });
});
