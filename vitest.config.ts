import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'components/**/*.test.ts?(x)',
            'entrypoints/**/*.test.ts',
            'cli/**/*.test.ts',
            'tests/unit/**/*.test.ts?(x)',
          ],
          environment: 'node',
          setupFiles: ['tests/unit/i18n-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
