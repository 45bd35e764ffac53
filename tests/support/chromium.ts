import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium, as root: no Playwright browser download works on these machines, the
 * sandbox needs a non-root user, and the background-networking flags keep Chromium from calling
 * out to hosts this closed network refuses.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  };
}
