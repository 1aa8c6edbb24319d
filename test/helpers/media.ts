/**
 * Media emulation in every engine the suite runs in (scripts/test-commands.mjs):
 * Chromium over CDP, Firefox through its own per-tab overrides. Resolves false
 * where the engine cannot emulate what is asked. WebKitGTK has no print
 * emulation and no forced-colours mode, and it cannot change reduced motion
 * while it runs, so its whole run has reduced motion on ('reduce' resolves
 * true there, 'no-preference' false). A test then skips and says why next to
 * the skip:
 *
 *   // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
 *   if (!(await emulateMedia({ media: 'print' }))) this.skip();
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaEmulation {
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

export async function emulateMedia({ media, reducedMotion, forcedColors }: MediaEmulation): Promise<boolean> {
  const features = [
    ...(reducedMotion ? [{ name: 'prefers-reduced-motion', value: reducedMotion }] : []),
    ...(forcedColors ? [{ name: 'forced-colors', value: forcedColors }] : []),
  ];
  // The runner answers true when it emulated everything asked for, else false.
  const emulated = await executeServerCommand<boolean, { media?: string; features: { name: string; value: string }[] }>('vk-emulate-media', {
    media,
    features,
  });
  return emulated;
}
