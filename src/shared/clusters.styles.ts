import { css, unsafeCSS } from 'lit';

/**
 * One colour per value cluster, shared by every widget that shows clusters
 * (card, overview, table, scan chart). Each passes WCAG AA (≥ 4.5:1) with
 * white text on it and as text on a white page, so it can be a badge
 * background, a border or a text colour. Hosts override a cluster with
 * `--vk-cluster-<id>-color`.
 */
export const CLUSTER_COLORS = {
  vrijheid: '#8a3b00',
  rechtvaardigheid: '#6b2c91',
  puurheid: '#1f5f8b',
  loyaliteit: '#0f6e5c',
  hierarchie: '#7a1f3d',
  empathie: '#a3246a',
  continuiteit: '#3d6b1f',
  kwaliteit: '#4b4f9e',
  nut: '#6b5a00',
} as const satisfies Record<string, `#${string}`>;

/**
 * Put `data-cluster="<id>"` on an element and it gets `--_vk-cluster-color`
 * (the constants above are our own, never data, so unsafeCSS is safe here).
 */
export const clusterStyles = [
  css`
    [data-cluster] {
      --_vk-cluster-color: var(--_vk-color-subtle);
    }
  `,
  unsafeCSS(
    Object.entries(CLUSTER_COLORS)
      .map(([id, color]) => `[data-cluster='${id}']{--_vk-cluster-color:var(--vk-cluster-${id}-color,${color})}`)
      .join('\n'),
  ),
];
