import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  // No retries anywhere: a retry hides a test that is near its timeout.
  retries: 0,
  // Two workers on two cores; a test's time is dominated by waiting on the browser, not by the runner.
  workers: 2,
  // Tests of one file spread over both workers; no test depends on another's leftovers.
  fullyParallel: true,
  // The slowest tests stay in sight: each test prints its duration, slow files are listed at the end.
  reporter: [['list']],
  reportSlowTests: { max: 8, threshold: 15_000 },
  // The longest test takes about 12 s on a busy 2-core machine (load 6–13; see the list output); 60 s
  // leaves room for a machine far busier than that, and expect() waits up to 10 s for the UI to settle.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // A failed test keeps its trace (actions, console, network, the failing step's error) but not a
    // DOM snapshot per action: taking those for every action of every test was 40 % of the suite's time.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The production build, served as users get it.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
