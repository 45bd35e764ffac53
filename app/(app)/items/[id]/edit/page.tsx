import type { Route } from "next";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemForm } from "@/components/items/item-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { updateItem } from "@/lib/items/actions";
import { itemFormOptions } from "@/lib/items/form-options";
import { itemToFormValues } from "@/lib/items/form-values";
import { getItem } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit item" };

export default async function EditItemPage({ params }: PageProps<"/items/[id]/edit">) {
  await requirePageUser({ role: "EDITOR" });
  const id = itemIdSchema.safeParse((await params).id);
  const item = id.success ? await getItem(id.data) : null;
  if (!item) notFound();
  if (item.archivedAt) {
    return <Notice headingLevel={1} title="This item is archived">Restore it from its page before editing.</Notice>;
  }
  return (
    <>
      <PageHeader title="Edit item" subtitle={item.titleEn} />
      <ItemForm
        action={updateItem}
        options={await itemFormOptions()}
        initial={itemToFormValues(item)}
        item={{ id: item.id, version: item.version }}
        cancelHref={`/items/${item.id}` as Route}
      />
    </>
  );
}
