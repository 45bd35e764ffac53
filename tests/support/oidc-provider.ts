// A real OpenID provider on loopback (the `oidc-provider` package) for the single sign-on tests.
// The test owns its signing key, so it can also hand the app ID tokens a provider must never send:
// a middleware after the token endpoint re-signs the ID token with a wrong audience or a past
// expiry, with the provider's own key, as a compromised or misconfigured provider would.
import { createPrivateKey, generateKeyPairSync, sign, type JsonWebKey } from "node:crypto";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface IdpAccount {
  /** The login typed at the provider's (development) sign-in page, and the ID token's `sub`. */
  login: string;
  email: string;
  emailVerified: boolean;
  name: string;
  groups?: string[];
}

/** What the next ID token the token endpoint issues is made into. */
export type Tampering = "none" | "wrong-audience" | "expired";

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, IdpAccount>;
  tamper(mode: Tampering): void;
  close(): Promise<void>;
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

export async function startTestIdp(options: { port: number; redirectUri: string; accounts: IdpAccount[] }): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = "sccp-tracker-e2e";
  const clientSecret = "e2e-client-secret-0123456789abcdef";
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...(privateKey.export({ format: "jwk" }) as JsonWebKey), kid: "e2e-key", use: "sig", alg: "RS256" };
  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  let tampering: Tampering = "none";

  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ["authorization_code"], response_types: ["code"] },
    ],
    jwks: { keys: [jwk as never] },
    // The app reads the person from the ID token: put the scopes' claims there, not only in userinfo.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
          ...(account.groups ? { groups: account.groups } : {}),
        }),
      };
    },
  });

  const key = createPrivateKey({ key: jwk, format: "jwk" });
  const resign = (idToken: string, change: (payload: Record<string, unknown>) => void) => {
    const [header, payload] = idToken.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    change(claims);
    const input = `${header}.${b64url(JSON.stringify(claims))}`;
    return `${input}.${b64url(sign("sha256", Buffer.from(input), key))}`;
  };

  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path !== "/token" || tampering === "none" || ctx.status !== 200) return;
    const body = ctx.body as { id_token?: string };
    if (!body?.id_token) return;
    const mode = tampering;
    tampering = "none";
    body.id_token = resign(body.id_token, (claims) => {
      if (mode === "wrong-audience") claims.aud = "some-other-application";
      // An hour past: beyond any clock tolerance a client allows.
      if (mode === "expired") Object.assign(claims, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 });
    });
  });

  const server = provider.listen(options.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => server.once("listening", resolve).once("error", reject));
  if ((server.address() as AddressInfo).port !== options.port) throw new Error("The test provider did not listen on its port.");
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamper: (mode) => (tampering = mode),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
