// tsc does not copy the JSON data files that src/ loads at run time; copy them beside the compiled code.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function copyJson(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyJson(source, join(to, name));
    else if (name.endsWith('.json')) {
      if (!existsSync(to)) mkdirSync(to, { recursive: true });
      cpSync(source, join(to, name));
    }
  }
}
copyJson('src', 'dist');
