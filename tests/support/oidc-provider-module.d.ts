// The little of oidc-provider 9 the single sign-on tests use; the package ships no types of its own.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  interface KoaContext {
    path: string;
    status: number;
    body: unknown;
  }

  interface ProviderAccount {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => ProviderAccount | undefined });
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    listen(port: number, host: string): Server;
  }
}
