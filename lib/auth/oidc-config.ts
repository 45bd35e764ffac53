// Single sign-on settings, read from the environment. Pure: no database, no network, so `npm start`
// can check them before anything else and the unit tests can try every mistake. A mistake throws
// an Error naming the variable and what is wrong with it; nothing half-configured is ever served.
import type { Role } from "../db/generated/enums";

const ROLES: readonly Role[] = ["VIEWER", "EDITOR", "ADMIN"];
const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

export interface OidcConfig {
  /** As configured, without a trailing slash; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's label: "Sign in with <name>". */
  name: string;
  /** The claim whose value (a group name, or a list of them) decides the role; null leaves roles to administrators. */
  roleClaim: string | null;
  /** Group name → role; empty when roleClaim is null. */
  roleMap: ReadonlyMap<string, Role>;
  /** First sign-in of an unknown verified email: true creates an account, false refuses. */
  autoCreate: boolean;
  /** The claim that must be true before an email is trusted to link or create an account. */
  emailVerifiedClaim: string;
}

export interface LocalSignInConfig {
  /** False: the password form is hidden and refused, except for the break-glass administrator. */
  enabled: boolean;
  /** The one administrator who may still sign in with a password (and a second factor) when it is off. */
  breakGlassEmail: string | null;
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const text = env[name]?.trim();
  return text ? text : undefined;
};

function flag(env: Env, name: string, fallback: boolean): boolean {
  const text = value(env, name);
  if (text === undefined) return fallback;
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  throw new Error(`${name}="${text}" must be true or false.`);
}

/**
 * OIDC_ROLE_MAP: entries `group=ROLE`, separated by commas, or by semicolons when any is present
 * (so a group named by an LDAP distinguished name, which holds commas, can be written). The last
 * "=" of an entry splits it, so a group name may hold "=" too. ROLE is VIEWER, EDITOR or ADMIN,
 * in any case. A group named twice must name one role.
 */
export function parseRoleMap(text: string): Map<string, Role> {
  const separator = text.includes(";") ? ";" : ",";
  const map = new Map<string, Role>();
  const entries = text.split(separator).map((entry) => entry.trim());
  for (const entry of entries) {
    if (!entry) {
      if (entries.length > 1) throw new Error(`OIDC_ROLE_MAP has an empty entry; write group=ROLE entries separated by "${separator}".`);
      continue;
    }
    const at = entry.lastIndexOf("=");
    if (at <= 0) throw new Error(`OIDC_ROLE_MAP entry "${entry}" must be group=ROLE (ROLE one of ${ROLES.join(", ")}).`);
    const group = entry.slice(0, at).trim();
    const role = entry
      .slice(at + 1)
      .trim()
      .toUpperCase() as Role;
    if (!group) throw new Error(`OIDC_ROLE_MAP entry "${entry}" names no group.`);
    if (!ROLES.includes(role)) throw new Error(`OIDC_ROLE_MAP entry "${entry}": "${entry.slice(at + 1).trim()}" is not a role; use ${ROLES.join(", ")}.`);
    const before = map.get(group);
    if (before && before !== role) throw new Error(`OIDC_ROLE_MAP names the group "${group}" twice, as ${before} and as ${role}.`);
    map.set(group, role);
  }
  if (map.size === 0) throw new Error("OIDC_ROLE_MAP is empty; write group=ROLE entries, e.g. sccp-admins=ADMIN,sccp-editors=EDITOR.");
  return map;
}

/** The single sign-on settings, or null when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all unset. */
export function parseOidcConfig(env: Env): OidcConfig | null {
  const issuerText = value(env, "OIDC_ISSUER");
  const clientId = value(env, "OIDC_CLIENT_ID");
  const clientSecret = value(env, "OIDC_CLIENT_SECRET");
  const others = ["OIDC_ROLE_CLAIM", "OIDC_ROLE_MAP", "OIDC_NAME", "OIDC_AUTO_CREATE", "OIDC_EMAIL_VERIFIED_CLAIM"].filter((name) => value(env, name));
  if (!issuerText && !clientId && !clientSecret) {
    if (others.length)
      throw new Error(`${others.join(", ")} ${others.length === 1 ? "is" : "are"} set but OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are not.`);
    return null;
  }
  const missing = [
    ["OIDC_ISSUER", issuerText],
    ["OIDC_CLIENT_ID", clientId],
    ["OIDC_CLIENT_SECRET", clientSecret],
  ]
    .filter(([, set]) => !set)
    .map(([name]) => name);
  if (missing.length) throw new Error(`Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; ${missing.join(" and ")} missing.`);

  let issuerUrl: URL;
  try {
    issuerUrl = new URL(issuerText!);
  } catch {
    throw new Error(`OIDC_ISSUER="${issuerText}" is not an address; write the issuer as the provider gives it, e.g. https://sso.example/realms/customs.`);
  }
  // Plain http only on loopback (a test provider); anywhere else the codes and tokens would travel in clear.
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(issuerUrl.hostname);
  if (issuerUrl.protocol !== "https:" && !(issuerUrl.protocol === "http:" && loopback)) {
    throw new Error(`OIDC_ISSUER="${issuerText}" must be an https:// address.`);
  }
  if (issuerUrl.search || issuerUrl.hash) throw new Error(`OIDC_ISSUER="${issuerText}" must not have a query or a fragment.`);
  if (issuerUrl.pathname.includes("/.well-known/")) {
    throw new Error(`OIDC_ISSUER="${issuerText}" is the discovery document's address; write the issuer itself (without /.well-known/…).`);
  }

  const roleClaim = value(env, "OIDC_ROLE_CLAIM") ?? null;
  const roleMapText = value(env, "OIDC_ROLE_MAP");
  if (roleClaim && !roleMapText)
    throw new Error("OIDC_ROLE_CLAIM is set but OIDC_ROLE_MAP is not; write e.g. OIDC_ROLE_MAP=sccp-admins=ADMIN,sccp-editors=EDITOR.");
  if (!roleClaim && roleMapText)
    throw new Error("OIDC_ROLE_MAP is set but OIDC_ROLE_CLAIM is not; name the claim that holds the groups, e.g. OIDC_ROLE_CLAIM=groups.");

  return {
    issuer: issuerText!.replace(/\/+$/, ""),
    clientId: clientId!,
    clientSecret: clientSecret!,
    name: value(env, "OIDC_NAME") ?? "single sign-on",
    roleClaim,
    roleMap: roleMapText ? parseRoleMap(roleMapText) : new Map(),
    autoCreate: flag(env, "OIDC_AUTO_CREATE", false),
    emailVerifiedClaim: value(env, "OIDC_EMAIL_VERIFIED_CLAIM") ?? "email_verified",
  };
}

/** LOCAL_SIGN_IN and BREAK_GLASS_EMAIL; turning passwords off needs single sign-on to sign in with. */
export function parseLocalSignInConfig(env: Env, oidc: OidcConfig | null): LocalSignInConfig {
  const enabled = flag(env, "LOCAL_SIGN_IN", true);
  const breakGlassText = value(env, "BREAK_GLASS_EMAIL");
  const breakGlassEmail = breakGlassText?.toLowerCase() ?? null;
  if (breakGlassEmail && !/^[^\s@]+@[^\s@]+$/.test(breakGlassEmail)) throw new Error(`BREAK_GLASS_EMAIL="${breakGlassText}" is not an email address.`);
  if (!enabled && !oidc) throw new Error("LOCAL_SIGN_IN=false turns passwords off, but single sign-on is not configured (OIDC_ISSUER): nobody could sign in.");
  return { enabled, breakGlassEmail };
}

/**
 * The claim's value at `name`: a claim of that exact name first (names like
 * "https://example.com/groups" hold dots), else a dotted path into nested claims, as Keycloak's
 * "realm_access.roles". Undefined when there is no such claim.
 */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let current: unknown = claims;
  for (const part of name.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * The role the provider's groups give: the highest of the mapped groups the claim names; VIEWER
 * when it names none of them. Null when the claim is missing altogether, which says nothing
 * (a provider that leaves it out, e.g. Entra ID with too many groups, must not demote anyone).
 * A claim that is neither a string nor a list of strings is ignored the same way.
 */
export function roleFromClaim(claimValue: unknown, roleMap: ReadonlyMap<string, Role>): Role | null {
  let groups: string[];
  if (typeof claimValue === "string") groups = [claimValue];
  else if (Array.isArray(claimValue) && claimValue.every((group) => typeof group === "string")) groups = claimValue as string[];
  else return null;
  let best: Role = "VIEWER";
  for (const group of groups) {
    const role = roleMap.get(group);
    if (role && RANK[role] > RANK[best]) best = role;
  }
  return best;
}

/** The settings this process runs with; read afresh each time (cheap), so a test may change them. */
export function currentOidcConfig(): OidcConfig | null {
  return parseOidcConfig(process.env);
}

export function currentLocalSignIn(): LocalSignInConfig {
  return parseLocalSignInConfig(process.env, currentOidcConfig());
}

/** A provider's "true": a JSON true, or the string "true" that some providers send. */
export function isTrueClaim(claimValue: unknown): boolean {
  return claimValue === true || claimValue === "true";
}
