import { defineConfig } from 'vitest/config';

// One run over every workspace project; each project keeps its own config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'test'],
  },
});
