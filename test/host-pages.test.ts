/**
 * The widgets in host pages that are not ours: a strict Content Security
 * Policy with Trusted Types, two copies of the library on one page, and a
 * page whose CSS attacks everything it can reach. The pages live in
 * test/pages/ and load the library as a bundle built on the fly
 * (/__bundle/<name>.js); the widgets on them come from test/pages/widgets.js.
 */
import { expect, html } from '@open-wc/testing';
import { loadedFrame } from './helpers/frames.js';

interface HostWindow extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __loaded: Promise<void>;
}

async function hostPage(src: string, width = 1000): Promise<{ frame: HTMLIFrameElement; win: HostWindow; doc: Document }> {
  const frame = await loadedFrame((onLoad) => html`<iframe title="host" src=${src} width=${width} height="800" @load=${onLoad}></iframe>`);
  const win = frame.contentWindow as HostWindow;
  await win.__loaded;
  return { frame, win, doc: frame.contentDocument! };
}

function widgets(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('#widgets > *')];
}

/** Every element in a widget's shadow tree (depth first, crossing nested shadow roots). */
function shadowElements(root: ShadowRoot | null): Element[] {
  if (!root) return [];
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    out.push(...shadowElements(el.shadowRoot));
  }
  return out;
}

describe('host pages', () => {
  it('has widgets to put on the pages', async () => {
    const { doc } = await hostPage('/test/pages/host-clean.html');
    expect(widgets(doc).length).to.be.greaterThan(0);
  });

  describe('strict Content Security Policy with Trusted Types', () => {
    it('renders every widget without a single CSP or Trusted Types violation', async () => {
      const { win, doc } = await hostPage('/test/pages/csp-strict.html');
      for (const w of widgets(doc)) {
        expect(customElements.get(w.localName) ?? win.customElements.get(w.localName), w.localName).to.exist;
        expect(w.shadowRoot?.textContent.trim(), `${w.localName} rendered`).to.not.equal('');
      }
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });

    it('really enforces the policy (an inline style attribute is reported)', async () => {
      const { win, doc } = await hostPage('/test/pages/csp-strict.html');
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    });
  });

  describe('two copies of the library on one page', () => {
    it('loads without an exception, keeps one definition per tag and warns once', async () => {
      const { win, doc } = await hostPage('/test/pages/host-clean.html?bundles=first,second');
      expect(win.__errors).to.deep.equal([]);
      const ours = win.__warnings.filter((w) => w.startsWith('[vakmanschap-widgets'));
      expect(ours).to.have.length(1);
      for (const w of widgets(doc)) expect(w.shadowRoot?.textContent.trim(), w.localName).to.not.equal('');
    });
  });

  describe('a hostile host page (Bootstrap 5 and aggressive global rules)', () => {
    const PROPERTIES = [
      'display',
      'position',
      'box-sizing',
      'text-transform',
      'letter-spacing',
      'word-spacing',
      'text-align',
      'font-weight',
      'font-style',
      'font-size',
      'line-height',
      'color',
      'background-color',
      'padding-top',
      'padding-right',
      'padding-bottom',
      'padding-left',
      'margin-top',
      'margin-bottom',
      'border-top-width',
      'border-bottom-width',
      'list-style-type',
      'visibility',
    ];

    it('keeps every widget’s inner layout and text styles; only the font family comes in', async () => {
      const clean = await hostPage('/test/pages/host-clean.html');
      const hostile = await hostPage('/test/pages/host-hostile.html');
      const cleanWidgets = widgets(clean.doc);
      const hostileWidgets = widgets(hostile.doc);
      expect(hostileWidgets.map((w) => w.localName)).to.deep.equal(cleanWidgets.map((w) => w.localName));
      const differences: string[] = [];
      cleanWidgets.forEach((cw, i) => {
        const hw = hostileWidgets[i]!;
        const a = shadowElements(cw.shadowRoot);
        const b = shadowElements(hw.shadowRoot);
        expect(b.length, `${cw.localName}: same elements`).to.equal(a.length);
        a.forEach((el, j) => {
          const sa = clean.win.getComputedStyle(el);
          const sb = hostile.win.getComputedStyle(b[j]!);
          for (const p of PROPERTIES) {
            const va = sa.getPropertyValue(p);
            const vb = sb.getPropertyValue(p);
            if (va !== vb) differences.push(`${cw.localName} ${el.localName}.${el.className}: ${p} ${va} → ${vb}`);
          }
        });
      });
      expect(differences).to.deep.equal([]);
    });

    it('inherits the page’s font family, as documented', async () => {
      const hostile = await hostPage('/test/pages/host-hostile.html');
      const first = widgets(hostile.doc)[0]!;
      const inner = first.shadowRoot!.firstElementChild!;
      expect(hostile.win.getComputedStyle(inner).fontFamily).to.contain('Comic Sans MS');
    });
  });
});
