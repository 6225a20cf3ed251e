import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md §1 and STYLE.md rule 1: dependencies point one way,
// cli -> sync, export, serve, git -> formats -> core (serve -> core only), and core depends on no workspace package.
const allowed: Record<string, string[]> = {
  '@xrgit/core': [],
  '@xrgit/formats': ['@xrgit/core'],
  '@xrgit/git': ['@xrgit/core', '@xrgit/formats'],
  '@xrgit/export': ['@xrgit/core', '@xrgit/formats', '@xrgit/git'],
  '@xrgit/sync': ['@xrgit/core', '@xrgit/formats', '@xrgit/git', '@xrgit/export'],
  '@xrgit/serve': ['@xrgit/core'],
  '@xrgit/cli': ['@xrgit/core', '@xrgit/formats', '@xrgit/git', '@xrgit/export', '@xrgit/sync', '@xrgit/serve'],
};

const root = join(import.meta.dirname, '..');
const packageDirs = ['packages', 'apps'].flatMap((d) =>
  readdirSync(join(root, d)).map((name) => join(root, d, name)).filter((p) => existsSync(join(p, 'package.json'))),
);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('package layering', () => {
  for (const dir of packageDirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };
    it(`${pkg.name} depends only on the packages below it`, () => {
      expect(Object.keys(allowed)).toContain(pkg.name);
      const declared = Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@xrgit/'));
      const imported = new Set<string>();
      for (const file of sourceFiles(join(dir, 'src'))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from '(@xrgit\/[a-z-]+)'/g)) imported.add(m[1]!);
        expect(readFileSync(file, 'utf8'), `${file} reaches into another package's sources`).not.toMatch(/from '(\.\.\/)+(packages|apps)\//);
      }
      for (const dep of [...declared, ...imported]) expect(allowed[pkg.name], `${pkg.name} -> ${dep}`).toContain(dep);
      for (const dep of imported) expect(declared, `${pkg.name} imports ${dep} without declaring it`).toContain(dep);
    });
  }
});
