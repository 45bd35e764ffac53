import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: number; sv: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    sv: number;
    /** The UserSession row this cookie belongs to (lib/auth/user-sessions-mutations.ts); cookies from before sessions were rows have none, and are refused. */
    sid?: string;
  }
}
