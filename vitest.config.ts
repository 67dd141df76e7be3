import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['utils/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'relay/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Nothing may depend on the machine's own zone by accident: run the core in a zone that is
    // neither UTC nor any household zone the tests use.
    // Component and property tests take seconds on a loaded two-core machine; 5 s (the default) was timing out, not failing.
    testTimeout: 30_000,
    env: { TZ: 'Pacific/Chatham' },
  },
});
