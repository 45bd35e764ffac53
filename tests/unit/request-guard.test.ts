import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BODY_BYTES, mustCountBody, publicOrigin, refusal, withBelievedForwarding } from "@/lib/request-guard";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) => ({ method, pathname, headers: new Headers(headers) });
const HOST = { host: "sccp.customs.example" };

describe("requests refused before the app sees them", () => {
  it("lets ordinary reads and same-site writes through", () => {
    expect(refusal(request("GET", "/items/3"))).toBeNull();
    expect(refusal(request("GET", "/items/%E9%9B%BB"))).toBeNull();
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, origin: "https://sccp.customs.example", "content-length": "2048" }))).toBeNull();
  });

  it.each(["/items/%", "/items/%zz", "/meetings/%E0%A4%A", "/api/calendar/%"])("refuses the broken percent-encoding of %s", (path) => {
    expect(refusal(request("GET", path))).toBe("malformed-path");
  });

  it.each(["https://evil.example", "https://sccp.customs.example.evil.example", "null", "not a url", "file:///etc/passwd"])(
    "refuses a write from the origin %j",
    (origin) => {
      expect(refusal(request("POST", "/items/3/edit", { ...HOST, origin }))).toBe("cross-origin");
    },
  );

  it("refuses a declared body over the limit, whoever sends it", () => {
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, "content-length": String(MAX_BODY_BYTES + 1) }))).toBe("body-too-large");
    expect(refusal(request("POST", "/api/auth/callback/credentials", { ...HOST, "content-length": "abc" }))).toBe("body-too-large");
    expect(refusal(request("POST", "/items/3/edit", { ...HOST, "content-length": String(MAX_BODY_BYTES) }))).toBeNull();
  });
});

describe("the host a request was sent to", () => {
  afterEach(() => vi.unstubAllEnvs());
  const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "sccp.customs.example", "x-forwarded-proto": "https" };
  const forged = { host: "sccp.customs.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

  it("believes X-Forwarded-Host only behind a trusted proxy (TRUST_PROXY=true)", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("TRUST_PROXY", "");
    expect(refusal(request("POST", "/items/3/edit", { ...forged, origin: "https://evil.example" }))).toBe("cross-origin");
    expect(refusal(request("POST", "/items/3/edit", { ...behindProxy, origin: "https://sccp.customs.example" }))).toBe("cross-origin");
    expect(refusal(request("POST", "/items/3/edit", { ...forged, origin: "http://sccp.customs.example" }))).toBeNull();
    vi.stubEnv("TRUST_PROXY", "true");
    expect(refusal(request("POST", "/items/3/edit", { ...behindProxy, origin: "https://sccp.customs.example" }))).toBeNull();
  });

  it("accepts the configured address (NEXTAUTH_URL) behind a proxy that is not trusted", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://sccp.customs.example");
    vi.stubEnv("TRUST_PROXY", "");
    expect(refusal(request("POST", "/items/3/edit", { ...behindProxy, origin: "https://sccp.customs.example" }))).toBeNull();
    expect(refusal(request("POST", "/items/3/edit", { ...behindProxy, "x-forwarded-host": "evil.example", origin: "https://evil.example" }))).toBe(
      "cross-origin",
    );
  });

  it("gives the calendar's address from the configuration, a trusted proxy or the request's own host", () => {
    vi.stubEnv("TRUST_PROXY", "");
    vi.stubEnv("NEXTAUTH_URL", "https://sccp.customs.example/");
    expect(publicOrigin(new Headers(forged))).toBe("https://sccp.customs.example");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(publicOrigin(new Headers(forged))).toBe("http://sccp.customs.example");
    expect(publicOrigin(new Headers({ host: "10.0.0.5:3000" }))).toBe("http://10.0.0.5:3000");
    vi.stubEnv("TRUST_PROXY", "true");
    expect(publicOrigin(new Headers(behindProxy))).toBe("https://sccp.customs.example");
    expect(publicOrigin(new Headers({ ...behindProxy, "x-forwarded-proto": "http" }))).toBe("http://sccp.customs.example");
  });

  it("replaces forwarded headers for what runs after the proxy (next-auth, Next.js), unless the proxy is trusted", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("TRUST_PROXY", "");
    const replaced = withBelievedForwarding(new Headers(forged));
    expect([replaced?.get("x-forwarded-host"), replaced?.get("x-forwarded-proto"), replaced?.get("host")]).toEqual([
      "sccp.customs.example",
      "http",
      "sccp.customs.example",
    ]);
    // Nothing to replace when they already say what the app knows.
    expect(withBelievedForwarding(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "10.0.0.5:3000", "x-forwarded-proto": "http" }))).toBeNull();
    // A write from the configured address keeps that host, so Next.js's own Origin check agrees.
    vi.stubEnv("NEXTAUTH_URL", "https://sccp.customs.example");
    const write = withBelievedForwarding(new Headers({ ...behindProxy, "x-forwarded-host": "evil.example", origin: "https://sccp.customs.example" }));
    expect(write?.get("x-forwarded-host")).toBe("sccp.customs.example");
    vi.stubEnv("TRUST_PROXY", "true");
    expect(withBelievedForwarding(new Headers(behindProxy))).toBeNull();
  });
});

describe("which bodies the proxy counts", () => {
  it("counts a write that declares no length, and nothing else", () => {
    expect(mustCountBody(request("POST", "/items/3/edit", { "transfer-encoding": "chunked" }))).toBe(true);
    expect(mustCountBody(request("POST", "/items/3/edit", { "content-length": "10" }))).toBe(false);
    expect(mustCountBody(request("GET", "/items/3"))).toBe(false);
  });
});
