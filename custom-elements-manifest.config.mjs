/** Custom Elements Manifest: feeds Storybook's controls and docs, IDEs and the README tables. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/generated/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
