/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/build/**/*.test.ts'],
      globalSetup: ['tests/support/sync-content.ts'],
    },
  },
  { devToolbar: { enabled: false } },
);
