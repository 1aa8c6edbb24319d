import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the research texts of data/corpus/ at /__corpus/<file> so the data
 * tests can check that every quote occurs in its document. A file that is
 * not there is left to the dev server, which answers 404, and the tests fail
 * on it. (A serve hook cannot set a status: a `{ status: 404 }` result is
 * served as 200 with the message as the "text".)
 */
export function corpusPlugin(dir = resolve(process.cwd(), 'data/corpus')) {
  return {
    name: 'vk-corpus',
    serve(context) {
      const prefix = '/__corpus/';
      if (!context.path.startsWith(prefix)) return undefined;
      const name = decodeURIComponent(context.path.slice(prefix.length));
      const file = join(dir, name);
      if (!/^[\w.-]+\.txt$/.test(name) || !existsSync(file)) return undefined;
      return { body: readFileSync(file, 'utf8'), type: 'text/plain; charset=utf-8' };
    },
  };
}
