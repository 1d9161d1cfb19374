/**
 * Runs the experiments under scripts/experiments with the project's Vite settings (the
 * '@geodata' alias, JSON imports), so they can import the TS sources; they are not part of
 * `npm test`. Run one: `npx vitest run --config scripts/experiments/vitest.config.ts <file>`.
 */
import base from '../../vite.config';

export default {
  ...base,
  test: {
    ...base.test,
    include: ['scripts/experiments/**/*.test.ts'],
    testTimeout: 600_000,
  },
};
