import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium";
import { E2E_AUTH_SECRET, E2E_DIR } from "./tests/support/e2e-dir";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DB = `${E2E_DIR}/sccp-e2e.db`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { launchOptions: chromiumLaunchOptions() } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions(), storageState: `${E2E_DIR}/state-viewer.json` },
    },
  ],
  // The production path an officer gets from `npm start`: migrate, seed, build if needed, serve,
  // on a database made fresh for this run.
  webServer: {
    command: `rm -rf ${E2E_DIR} && mkdir -p ${E2E_DIR} && tsx tests/e2e/prepare-db.ts && npm start`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { PORT: String(PORT), DATABASE_URL: `file:./${E2E_DB}`, APP_TIME_ZONE: "UTC", AUTH_SECRET: E2E_AUTH_SECRET },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
