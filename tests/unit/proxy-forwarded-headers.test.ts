// Without a trusted proxy, what runs after proxy.ts (next-auth's redirects, Next.js's server-action
// check, pages) must not see a client's X-Forwarded-Host or X-Forwarded-Proto.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "unit-tests-secret-0123456789abcdef0123";
});

afterEach(() => vi.unstubAllEnvs());

const forged = { host: "sccp.customs.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
/** The request headers the proxy hands on, as Next.js reads them from its response. */
const passedOn = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("forwarded headers past the proxy", () => {
  it("are replaced by the request's own host and http without TRUST_PROXY, next-auth's routes included", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("TRUST_PROXY", "");
    for (const path of ["/api/auth/signout", "/api/health"]) {
      const response = await proxy(new NextRequest(`http://sccp.customs.example${path}`, { headers: forged }));
      expect(response.headers.get("x-middleware-next")).toBe("1");
      expect([passedOn(response, "x-forwarded-host"), passedOn(response, "x-forwarded-proto")]).toEqual(["sccp.customs.example", "http"]);
    }
  });

  it("are handed on as the proxy sent them with TRUST_PROXY=true", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("TRUST_PROXY", "true");
    const response = await proxy(new NextRequest("http://sccp.customs.example/api/auth/signout", { headers: forged }));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-middleware-override-headers")).toBeNull();
  });
});
