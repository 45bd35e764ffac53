// The upload must stream past proxy.ts (Next.js buffers, and cuts, the body of any request the proxy
// runs on), and nothing else may: read with Next.js's own matcher compiler, as the server reads it.
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import type { ProxyMatcher } from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

// Exported by the module, though its type declarations leave it out.
const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers(matcher: string[], nextConfig: object): ProxyMatcher[] };
const runsOn = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const proxied = (pathname: string) => runsOn(pathname, {} as never, {});

describe("the proxy's matcher", () => {
  it("leaves out the upload route, and only it", () => {
    expect(proxied("/documents/upload")).toBe(false);
  });

  it("still runs on every other page and route, the documents' own included", () => {
    for (const path of [
      "/",
      "/documents",
      "/documents/12/download",
      "/documents/12/versions/2/download",
      "/documents/uploads",
      "/documents/upload/x",
      "/items/3",
      "/api/v1/documents",
    ]) {
      expect(proxied(path), path).toBe(true);
    }
  });
});
