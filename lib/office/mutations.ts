import "server-only";
import { RefusedError } from "../actions/errors";
import { recordAudit } from "../audit/record";
import type { SecondFactorSettingInput } from "../auth/second-factor-schema";
import { lockNames, type Actor, type Tx } from "../db/write";
import { msg } from "../i18n/message";
import { economyNames } from "../labels";
import type { OfficeNameInput, OfficeSettingsInput } from "./schema";

// The office is one row (id 1), created by the first save. Its name is held before it is read, so
// two administrators saving at once are taken one after the other and the second, holding the
// version both opened, is refused instead of overwriting the first.
const OFFICE = "office:settings";
const OFFICE_ID = 1;

/** An economy a settings form named, with both its names; a code the database does not hold is refused on the field. */
export async function chosenEconomy(tx: Tx, code: string) {
  const economy = await tx.economy.findUnique({ where: { code }, select: { code: true, name: true, shortName: true, nameZh: true } });
  if (!economy) throw new RefusedError(msg("a.fieldsNeedAttention"), { economyCode: [msg("settings.unknownEconomy", { code })] });
  return economy;
}

/** The economy this installation works for; officers who chose none follow it. */
export async function setOfficeEconomy(tx: Tx, actor: Actor, input: OfficeSettingsInput) {
  await lockNames(tx, [OFFICE]);
  const office = await tx.office.findUnique({ where: { id: OFFICE_ID }, select: { economyCode: true, version: true } });
  const version = office?.version ?? 0;
  if (input.version !== version) throw new RefusedError(msg("settings.office.changedMeanwhile"));
  const before = office?.economyCode ?? null;
  if (before === input.economyCode) throw new RefusedError(msg("settings.office.unchanged"));
  const economy = input.economyCode ? await chosenEconomy(tx, input.economyCode) : null;
  if (office) await tx.office.update({ where: { id: OFFICE_ID }, data: { economyCode: input.economyCode, version: { increment: 1 } } });
  else await tx.office.create({ data: { id: OFFICE_ID, economyCode: input.economyCode } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "office.update",
    entityType: "Office",
    entityId: OFFICE_ID,
    summary: economy ? msg("settings.office.auditSet", economyNames(economy)) : msg("settings.office.auditCleared"),
    before: { economyCode: before },
    after: { economyCode: input.economyCode },
  });
  return { economy };
}

/** The organisation named on the cover of the office's mission reports, in English and Chinese. */
export async function setOfficeName(tx: Tx, actor: Actor, input: OfficeNameInput) {
  await lockNames(tx, [OFFICE]);
  const office = await tx.office.findUnique({ where: { id: OFFICE_ID }, select: { nameEn: true, nameZh: true, version: true } });
  const version = office?.version ?? 0;
  if (input.version !== version) throw new RefusedError(msg("officeName.changedMeanwhile"));
  const before = { nameEn: office?.nameEn ?? null, nameZh: office?.nameZh ?? null };
  const after = { nameEn: input.nameEn, nameZh: input.nameZh };
  if (before.nameEn === after.nameEn && before.nameZh === after.nameZh) throw new RefusedError(msg("officeName.unchanged"));
  if (office) await tx.office.update({ where: { id: OFFICE_ID }, data: { ...after, version: { increment: 1 } } });
  else await tx.office.create({ data: { id: OFFICE_ID, ...after } });
  const cleared = !after.nameEn && !after.nameZh;
  await recordAudit(tx, {
    userId: actor.id,
    action: "office.update",
    entityType: "Office",
    entityId: OFFICE_ID,
    summary: cleared ? msg("officeName.auditCleared") : msg("officeName.auditSet", { nameEn: after.nameEn ?? "", nameZh: after.nameZh ?? "" }),
    before,
    after,
  });
  return after;
}

/** Whether every officer, not only the administrators, must sign in with a second factor. */
export async function setSecondFactorRequired(tx: Tx, actor: Actor, input: SecondFactorSettingInput) {
  await lockNames(tx, [OFFICE]);
  const office = await tx.office.findUnique({ where: { id: OFFICE_ID }, select: { secondFactorRequired: true, version: true } });
  if (input.version !== (office?.version ?? 0)) throw new RefusedError(msg("settings.secondFactor.changedMeanwhile"));
  const before = office?.secondFactorRequired ?? false;
  if (before === input.required) throw new RefusedError(msg("settings.secondFactor.unchanged"));
  if (office) await tx.office.update({ where: { id: OFFICE_ID }, data: { secondFactorRequired: input.required, version: { increment: 1 } } });
  else await tx.office.create({ data: { id: OFFICE_ID, secondFactorRequired: input.required } });
  await recordAudit(tx, {
    userId: actor.id,
    action: "office.update",
    entityType: "Office",
    entityId: OFFICE_ID,
    summary: msg(input.required ? "security.settingAuditOn" : "security.settingAuditOff"),
    before: { secondFactorRequired: before },
    after: { secondFactorRequired: input.required },
  });
  return { required: input.required };
}
