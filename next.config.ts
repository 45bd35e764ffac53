import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { reproducibleBuildId, serverActionsKey } from "./lib/build-fingerprint";
import { DOWNLOAD_CONTENT_SECURITY_POLICY } from "./lib/documents/limits";
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
  // The same sources and key give the same id on every machine; null lets Next.js pick a random one.
  generateBuildId: () => reproducibleBuildId(),
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: Node loads it at run time, the bundler cannot place it in a chunk.
  serverExternalPackages: ["@resvg/resvg-js"],
  typedRoutes: true,
  // proxy.ts refuses larger bodies with a 413 (an import's file is held to 1 MiB by
  // lib/imports/limits.ts, which says so in words; the form around it needs the rest). It sees at most twice the limit of a body that
  // declares no length (Next.js stops buffering there), which is enough to tell.
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES }, proxyClientMaxBodySize: 2 * MAX_BODY_BYTES },
  async headers() {
    // A stored file goes out under its own, stricter policy; of two rules setting a header, the
    // later wins, and the route cannot replace what these rules have set.
    const download = [{ key: "Content-Security-Policy", value: DOWNLOAD_CONTENT_SECURITY_POLICY }];
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/documents/:id/download", headers: download },
      { source: "/documents/:id/versions/:number/download", headers: download },
      // A chart's SVG, opened on its own, is a document too: nothing in it may run or load.
      { source: "/charts/:file", headers: download },
    ];
  },
};

// next-intl reads the request locale and messages from lib/i18n/request.ts.
const withIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default function config(phase: string): NextConfig {
  // Several instances must agree on the server-actions key (it encrypts an action's bound
  // arguments and salts the action ids a form posts), however many times and wherever the app is
  // built. Next.js reads this variable when a build starts, after loading this file, and embeds the
  // key in the build, where `next start` finds it. Derived from AUTH_SECRET when not given
  // (lib/build-fingerprint.ts); with neither, as on one machine with SQLite, Next.js makes one up.
  if (phase === PHASE_PRODUCTION_BUILD) {
    const actionsKey = serverActionsKey();
    if (actionsKey) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = actionsKey;
  }
  return withIntl(nextConfig);
}
