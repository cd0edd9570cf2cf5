/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import LongestFirst from './tests/support/longest-first.ts';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/build/**/*.test.ts'],
      globalSetup: ['tests/support/sync-content.ts'],
      sequence: { sequencer: LongestFirst },
      // Unit and component files share workers (--no-isolate): a spy a failing test left is undone before the next.
      restoreMocks: true,
    },
  },
  { devToolbar: { enabled: false } },
);
