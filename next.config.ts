import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/request-guard";

const production = process.env.NODE_ENV === "production";

// Next.js inlines its bootstrap scripts, hence 'unsafe-inline' for scripts (nonces would make
// every page dynamic for no gain here: nothing in this app renders user input as HTML);
// 'unsafe-eval' only for the development server, which React's dev build needs.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // A second build or dev server in the same checkout (a parallel end-to-end run) needs its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: true,
  // proxy.ts refuses larger bodies with a 413 (an import's file is held to 1 MiB by
  // lib/imports/limits.ts, which says so in words; the form around it needs the rest). It sees at most twice the limit of a body that
  // declares no length (Next.js stops buffering there), which is enough to tell.
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES }, proxyClientMaxBodySize: 2 * MAX_BODY_BYTES },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl reads the request locale and messages from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
