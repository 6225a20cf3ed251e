// Copies what the published CLI needs at run time from the repository into the package:
// the `xrgit init` starter (templates/init → dist/templates/init) and the editor schemas
// (docs/schemas → schemas/, served as https://unpkg.com/@xrgit/cli@<version>/schemas/...).
import { cpSync, rmSync } from 'node:fs';

const pkg = new URL('..', import.meta.url);
const repo = new URL('../../', pkg);
for (const [from, to] of [
  ['templates/init', 'dist/templates/init'],
  ['docs/schemas', 'schemas'],
]) {
  rmSync(new URL(to, pkg), { recursive: true, force: true });
  cpSync(new URL(from, repo), new URL(to, pkg), { recursive: true });
}
