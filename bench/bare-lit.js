// The floor: a bare Lit element with a heading, a paragraph and a list.
import { LitElement, html, css } from 'lit';

class BenchBare extends LitElement {
  static styles = css`
    :host { display: block; font-family: system-ui; }
  `;
  static properties = { items: { type: Array } };
  constructor() {
    super();
    this.items = ['Lef', 'Vertrouwen', 'Dienstbaarheid', 'Bekwaamheid'];
  }
  render() {
    return html`<h2>Griffier</h2><p>Vier waarden met prioriteit.</p><ul>${this.items.map((i) => html`<li>${i}</li>`)}</ul>`;
  }
  get ready() {
    return this.updateComplete;
  }
}
customElements.define('bench-bare', BenchBare);
