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
  }
}
