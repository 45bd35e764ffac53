import type { Metadata } from "next";
import { ItemForm } from "@/components/items/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { createItem } from "@/lib/items/actions";
import { itemFormOptions } from "@/lib/items/form-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New item" };

export default async function NewItemPage() {
  await requirePageUser({ role: "EDITOR" });
  return (
    <>
      <PageHeader title="New work-plan item" subtitle="Fields marked * are required. Co-sponsors and milestones are added on the item's page." />
      <ItemForm action={createItem} options={await itemFormOptions()} cancelHref="/items" />
    </>
  );
}
