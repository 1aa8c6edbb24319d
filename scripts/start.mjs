/**
 * `npm start`: serves the built demo on 127.0.0.1 and prints where to look.
 * Everything the pages need is in dist/ (built by `npm run build`, which
 * `npm start` runs first) and, for the theme page, in demo/themes/ (the NL
 * Design System token CSS, copied here from node_modules); no server of ours
 * is involved at run time.
 */
import { serve } from './browser.mjs';
import { copyDemoThemes } from './demo-themes.mjs';

copyDemoThemes();

const port = Number(process.env.PORT ?? 8000);
const { url } = await serve('.', { port });
console.log(`
vakmanschap-widgets demo is running:

  ${url}/demo/                  overview
  ${url}/demo/vereniging.html   an association website
  ${url}/demo/ris.html#leren    a council information system, tab "Leren & ontwikkelen"
  ${url}/demo/leeromgeving/#/vinden  that council's learning tab: three feeds, the griffie's first
  ${url}/demo/thema.html        the same widgets in our default look and two NL Design System themes
  ${url}/dist/feed-checker/     check a feed (JSON, iCalendar, JSON-LD, CSV) before publishing it

Press Ctrl+C to stop.`);
