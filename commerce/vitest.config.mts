import { defineConfig } from 'vitest/config'

/**
 * `unit` runs everywhere. `integration` boots commerce against its own PostgreSQL database
 * and runs only when HOABAN_TEST_PG_URL is set (the root test runner sets it;
 * `npm run test:integration -w commerce` defaults it to the embedded server on 5440).
 */
const withIntegration = Boolean(process.env.HOABAN_TEST_PG_URL)

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      ...(withIntegration
        ? [
            {
              test: {
                name: 'integration',
                include: ['integration-tests/http/**/*.test.ts'],
                environment: 'node',
                globalSetup: ['integration-tests/setup/global-setup.ts'],
                fileParallelism: false,
                testTimeout: 120_000,
                hookTimeout: 240_000,
              },
            },
          ]
        : []),
    ],
  },
})
