import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ItemForm } from "@/components/items/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { createItem } from "@/lib/items/actions";
import { itemFormOptions } from "@/lib/items/form-options";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item"))("newTitle") };
}

export default async function NewItemPage() {
  await requirePageUser({ role: "EDITOR" });
  const t = await getTranslations("item");
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ItemForm action={createItem} options={await itemFormOptions()} defaultYear={officeToday().slice(0, 4)} cancelHref="/items" />
    </>
  );
}
