import "server-only";
import { db } from "../db";

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, lastSignInAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
