/** An agenda item's heading in the reader's language, and the other language's if there is one. */
export function agendaHeading(agenda: { headingEn: string; headingZh: string | null }, zh: boolean) {
  const text = zh && agenda.headingZh ? agenda.headingZh : agenda.headingEn;
  const other = zh ? (agenda.headingZh ? agenda.headingEn : null) : agenda.headingZh;
  return { text, other, otherLang: zh ? "en" : "zh-Hant-TW" };
}
