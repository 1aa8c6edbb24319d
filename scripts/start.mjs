/**
 * `npm start`: serves the built demo on 127.0.0.1 and prints where to look.
 * Everything the pages need is in dist/ (built by `npm run build`, which
 * `npm start` runs first); no server of ours is involved at run time.
 */
import { serve } from './browser.mjs';

const port = Number(process.env.PORT ?? 8000);
const { url } = await serve('.', { port });
console.log(`
vakmanschap-widgets demo is running:

  ${url}/demo/                  overview
  ${url}/demo/vereniging.html   an association website
  ${url}/demo/ris.html#leren    a council information system, tab "Leren & ontwikkelen"

Press Ctrl+C to stop.`);
