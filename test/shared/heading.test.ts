import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { headingLevel, renderHeading } from '../../src/shared/heading.js';

describe('headings at the level the host page chooses', () => {
  it('renders a real h1–h6 with its id, part, lang and focusability', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderHeading(4, 'Lef', { id: 'h', part: 'heading', lang: 'nl', focusable: true }), host);
    const h = host.querySelector('h4')!;
    expect(h.textContent.trim()).to.equal('Lef');
    expect(h.id).to.equal('h');
    expect(h.getAttribute('part')).to.equal('heading');
    expect(h.getAttribute('lang')).to.equal('nl');
    expect(h.getAttribute('tabindex')).to.equal('-1');
    expect(h.hasAttribute('data-focus-heading'), 'marked as the focus target').to.equal(true);
    render(renderHeading(9, 'x'), host);
    expect(host.querySelector('h6:not([tabindex]):not([id]):not([data-focus-heading])')).to.exist;
  });

  it('reads a heading-level attribute, falling back to the widget default for anything but a whole 1–6', () => {
    expect(headingLevel(3, 2)).to.equal(3);
    expect(headingLevel('5', 2)).to.equal(5);
    expect(headingLevel(1, 3)).to.equal(1);
    for (const bad of [0, 7, 2.5, 'h3', '', null, undefined, NaN]) expect(headingLevel(bad, 3), String(bad)).to.equal(3);
  });
});
