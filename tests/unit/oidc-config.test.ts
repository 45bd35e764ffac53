// Single sign-on settings and the role its groups give (issue 17, part 1): every mistake in the
// environment stops the start with a message naming the variable, and the role mapping is the
// highest mapped group, VIEWER for none, and nothing at all when the token leaves the claim out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOidcClaims } from "@/lib/auth/oidc-claims";
import { claimAt, parseLocalSignInConfig, parseOidcConfig, parseRoleMap, roleFromClaim } from "@/lib/auth/oidc-config";
import { oidcErrorKey } from "@/lib/auth/oidc-messages";

const BASE = { OIDC_ISSUER: "https://sso.customs.example/realms/customs", OIDC_CLIENT_ID: "sccp", OIDC_CLIENT_SECRET: "s3cret" };

describe("OIDC settings", () => {
  it("are off when none is set, and complete with defaults when the three are", () => {
    expect(parseOidcConfig({})).toBeNull();
    expect(parseOidcConfig({ ...BASE, OIDC_ISSUER: `${BASE.OIDC_ISSUER}/` })).toEqual({
      issuer: BASE.OIDC_ISSUER,
      clientId: "sccp",
      clientSecret: "s3cret",
      name: "single sign-on",
      roleClaim: null,
      roleMap: new Map(),
      autoCreate: false,
      emailVerifiedClaim: "email_verified",
    });
  });

  it("name what is missing or wrong", () => {
    expect(() => parseOidcConfig({ OIDC_ISSUER: BASE.OIDC_ISSUER })).toThrow("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET missing");
    expect(() => parseOidcConfig({ OIDC_NAME: "Entra" })).toThrow("OIDC_NAME is set but OIDC_ISSUER");
    expect(() => parseOidcConfig({ ...BASE, OIDC_ISSUER: "sso.example" })).toThrow('OIDC_ISSUER="sso.example" is not an address');
    expect(() => parseOidcConfig({ ...BASE, OIDC_ISSUER: "http://sso.example" })).toThrow("must be an https:// address");
    expect(parseOidcConfig({ ...BASE, OIDC_ISSUER: "http://127.0.0.1:4000" })?.issuer).toBe("http://127.0.0.1:4000");
    expect(() => parseOidcConfig({ ...BASE, OIDC_ISSUER: `${BASE.OIDC_ISSUER}/.well-known/openid-configuration` })).toThrow("discovery document");
    expect(() => parseOidcConfig({ ...BASE, OIDC_AUTO_CREATE: "yes" })).toThrow('OIDC_AUTO_CREATE="yes" must be true or false');
    expect(() => parseOidcConfig({ ...BASE, OIDC_ROLE_CLAIM: "groups" })).toThrow("OIDC_ROLE_CLAIM is set but OIDC_ROLE_MAP is not");
    expect(() => parseOidcConfig({ ...BASE, OIDC_ROLE_MAP: "a=ADMIN" })).toThrow("OIDC_ROLE_MAP is set but OIDC_ROLE_CLAIM is not");
    expect(parseOidcConfig({ ...BASE, OIDC_AUTO_CREATE: "TRUE", OIDC_NAME: "Customs SSO" })).toMatchObject({ autoCreate: true, name: "Customs SSO" });
  });
});

describe("OIDC_ROLE_MAP", () => {
  it("reads group=ROLE entries, commas or semicolons, any case, '=' allowed in a group name", () => {
    expect(parseRoleMap("sccp-admins=ADMIN, sccp-editors=editor")).toEqual(
      new Map([
        ["sccp-admins", "ADMIN"],
        ["sccp-editors", "EDITOR"],
      ]),
    );
    expect(parseRoleMap("CN=SCCP Admins,OU=Groups,DC=customs=ADMIN; CN=SCCP Readers,OU=Groups=Viewer")).toEqual(
      new Map([
        ["CN=SCCP Admins,OU=Groups,DC=customs", "ADMIN"],
        ["CN=SCCP Readers,OU=Groups", "VIEWER"],
      ]),
    );
  });

  it("refuses an entry it cannot read, with the entry in the message", () => {
    expect(() => parseRoleMap("sccp-admins")).toThrow('entry "sccp-admins" must be group=ROLE');
    expect(() => parseRoleMap("=ADMIN")).toThrow('entry "=ADMIN" must be group=ROLE');
    expect(() => parseRoleMap("sccp-admins=OWNER")).toThrow('"OWNER" is not a role');
    expect(() => parseRoleMap("a=ADMIN,,b=EDITOR")).toThrow("empty entry");
    expect(() => parseRoleMap("a=ADMIN,a=VIEWER")).toThrow('names the group "a" twice, as ADMIN and as VIEWER');
    expect(parseRoleMap("a=ADMIN,a=admin").get("a")).toBe("ADMIN");
  });
});

describe("the role from the groups claim", () => {
  const map = parseRoleMap("sccp-admins=ADMIN,sccp-editors=EDITOR,sccp-viewers=VIEWER");

  it("is the highest mapped group, VIEWER for none mapped, null for a missing or unreadable claim", () => {
    expect(roleFromClaim(["sccp-viewers", "sccp-admins", "other"], map)).toBe("ADMIN");
    expect(roleFromClaim("sccp-editors", map)).toBe("EDITOR");
    expect(roleFromClaim(["staff"], map)).toBe("VIEWER");
    expect(roleFromClaim([], map)).toBe("VIEWER");
    expect(roleFromClaim(undefined, map)).toBeNull();
    expect(roleFromClaim(42, map)).toBeNull();
    expect(roleFromClaim(["sccp-admins", 3], map)).toBeNull();
    // Group names are compared exactly: a provider's "SCCP-Admins" is another group.
    expect(roleFromClaim(["SCCP-Admins"], map)).toBe("VIEWER");
  });

  it("never depends on the groups' order, and never exceeds the best mapped group", () => {
    const groups = fc.array(fc.constantFrom("sccp-admins", "sccp-editors", "sccp-viewers", "staff", "x"), { maxLength: 8 });
    fc.assert(
      fc.property(groups, (list) => {
        const role = roleFromClaim(list, map);
        expect(roleFromClaim([...list].reverse(), map)).toBe(role);
        const expected = list.includes("sccp-admins") ? "ADMIN" : list.includes("sccp-editors") ? "EDITOR" : "VIEWER";
        expect(role).toBe(expected);
      }),
    );
  });

  it("is found by exact name first, else by a dotted path", () => {
    expect(claimAt({ realm_access: { roles: ["sccp-admins"] } }, "realm_access.roles")).toEqual(["sccp-admins"]);
    expect(claimAt({ "https://customs.example/groups": ["a"] }, "https://customs.example/groups")).toEqual(["a"]);
    expect(claimAt({ realm_access: ["x"] }, "realm_access.roles")).toBeUndefined();
    expect(claimAt({}, "groups")).toBeUndefined();
  });
});

describe("the claims read from an ID token", () => {
  const config = { roleClaim: "groups", roleMap: parseRoleMap("sccp-editors=EDITOR"), emailVerifiedClaim: "email_verified" };

  it("take the email lower-cased only with a verified flag of true, and a name from what there is", () => {
    const claims = {
      iss: "https://sso.example/",
      sub: "abc",
      email: " Officer@Customs.Example ",
      email_verified: true,
      given_name: "Lin",
      family_name: "Wei",
      groups: ["sccp-editors"],
    };
    expect(readOidcClaims(claims, config)).toEqual({
      issuer: "https://sso.example",
      subject: "abc",
      email: "officer@customs.example",
      emailVerified: true,
      name: "Lin Wei",
      mappedRole: "EDITOR",
    });
    expect(readOidcClaims({ ...claims, email_verified: "true" }, config).emailVerified).toBe(true);
    expect(readOidcClaims({ ...claims, email_verified: false }, config).emailVerified).toBe(false);
    expect(readOidcClaims({ ...claims, email_verified: undefined }, config).emailVerified).toBe(false);
    expect(readOidcClaims({ ...claims, email: "not an email" }, config).email).toBeNull();
    expect(readOidcClaims({ iss: "https://sso.example", sub: "abc", preferred_username: "lwei" }, config)).toMatchObject({ name: "lwei", mappedRole: null });
    expect(readOidcClaims({ ...claims, xms_edov: true, email_verified: undefined }, { ...config, emailVerifiedClaim: "xms_edov" }).emailVerified).toBe(true);
    expect(() => readOidcClaims({ iss: "https://sso.example" }, config)).toThrow("no iss or sub");
  });
});

describe("LOCAL_SIGN_IN", () => {
  const oidc = parseOidcConfig(BASE);

  it("is on by default; off needs single sign-on; the break-glass email is read lower-cased", () => {
    expect(parseLocalSignInConfig({}, null)).toEqual({ enabled: true, breakGlassEmail: null });
    expect(parseLocalSignInConfig({ LOCAL_SIGN_IN: "false", BREAK_GLASS_EMAIL: "Root@Customs.Example" }, oidc)).toEqual({
      enabled: false,
      breakGlassEmail: "root@customs.example",
    });
    expect(() => parseLocalSignInConfig({ LOCAL_SIGN_IN: "false" }, null)).toThrow("single sign-on is not configured");
    expect(() => parseLocalSignInConfig({ LOCAL_SIGN_IN: "off" }, oidc)).toThrow('LOCAL_SIGN_IN="off" must be true or false');
    expect(() => parseLocalSignInConfig({ LOCAL_SIGN_IN: "false", BREAK_GLASS_EMAIL: "root" }, oidc)).toThrow('BREAK_GLASS_EMAIL="root" is not an email');
  });
});

describe("the sign-in page's error codes", () => {
  it("are looked up in a fixed list; anything else is not ours", () => {
    expect(oidcErrorKey("OidcNoAccount")).toBe("oidc.errors.OidcNoAccount");
    expect(oidcErrorKey("OAuthCallback")).toBe("oidc.errors.notVerified");
    expect(oidcErrorKey("CredentialsSignin")).toBeNull();
    expect(oidcErrorKey("toString")).toBeNull();
    expect(oidcErrorKey(["OidcNoAccount"])).toBeNull();
    expect(oidcErrorKey(undefined)).toBeNull();
  });
});
