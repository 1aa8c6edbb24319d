/**
 * A React 19 app using the widgets with the package's JSX types: attributes
 * and their value types, and `on<event>` props whose event detail is typed.
 */
import { useState } from 'react';
import 'vakmanschap-widgets'; // registers every widget
import type {} from 'vakmanschap-widgets/jsx';

export function App() {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <main>
      <h1>Vakmanschap</h1>
      <vk-role-priority-table office="griffier" heading-level={2} onvk-value-select={(e) => setChosen((c) => [...c, e.detail.id])} />
      <vk-value-card value="lef" office="griffier" variant="compact" />
      <output id="chosen">{chosen.join(' ')}</output>
    </main>
  );
}

/** Wrong on purpose: each marked line must fail to type-check. Never rendered. */
export function WrongOnPurpose() {
  return (
    <>
      {/* @ts-expect-error a card's variant is 'full' or 'compact' */}
      <vk-value-card value="lef" variant="groot" />
      {/* @ts-expect-error heading-level is a number */}
      <vk-role-priority-table heading-level="twee" />
      {/* @ts-expect-error the detail of vk-value-select is { id }, without an office */}
      <vk-value-card onvk-value-select={(e) => e.detail.office} />
      {/* @ts-expect-error vk-value-card has no attribute "colour" */}
      <vk-value-card colour="red" />
    </>
  );
}
