import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/today";
import { listUsers } from "@/lib/users/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser({ role: "ADMIN" });
  const users = await listUsers();
  const roles = Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }));
  return (
    <>
      <PageHeader title="Users" subtitle="Viewers read and export; editors also change the work plan; administrators also manage users." />
      <div className="flex flex-col gap-6">
        <Section title="New account">
          <CreateUserForm roles={roles} />
        </Section>
        <Section title="Accounts" aside={`${users.length}`}>
          <ul className="divide-y divide-slate-100">
            {users.map((user) => (
              <li key={user.id} className="flex flex-col gap-2 py-3 lg:flex-row lg:items-start lg:justify-between" data-testid="user-row">
                <div>
                  <p className="text-sm font-medium text-slate-900">
                    {user.name} {user.id === me.id ? <span className="text-slate-500">(you)</span> : null}
                  </p>
                  <p className="text-xs text-slate-600">{user.email}</p>
                  <p className="mt-1 flex flex-wrap gap-2">
                    <Badge tone="info">{ROLE_LABEL[user.role]}</Badge>
                    {user.active ? null : <Badge tone="danger">Deactivated</Badge>}
                    {user.mustChangePassword ? <Badge tone="warning">One-time password</Badge> : null}
                  </p>
                  <p className="mt-1 text-xs text-slate-500">
                    {user.lastSignInAt ? `Last signed in ${formatInstant(user.lastSignInAt)}` : "Never signed in"}
                  </p>
                </div>
                <UserRowActions user={user} roles={roles} />
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
