import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the research texts of ../shared/corpus at /__corpus/<file> so the
 * data tests can check that every quote occurs in its document. When the
 * corpus is not beside the checkout, /__corpus/ answers 404 and the tests
 * say so and skip.
 */
export function corpusPlugin(dir = resolve(process.cwd(), '../shared/corpus')) {
  return {
    name: 'vk-corpus',
    serve(context) {
      const prefix = '/__corpus/';
      if (!context.path.startsWith(prefix)) return undefined;
      const name = decodeURIComponent(context.path.slice(prefix.length));
      if (!/^[\w.-]+\.txt$/.test(name)) return { status: 404, body: 'not found' };
      const file = join(dir, name);
      if (!existsSync(file)) return { status: 404, body: 'corpus not available' };
      return { body: readFileSync(file, 'utf8'), type: 'text/plain; charset=utf-8' };
    },
  };
}
