import type { Translate } from '../i18n/translate';

/** The name of the rituals-kept figure, over the weeks it counts: "this week" when there is one, not "the last 1 weeks". */
export function ritualsKeptLabel(t: Translate, weeks: number): string {
  return weeks === 1 ? t('figuresRitualsKeptThisWeek') : t('figuresRitualsKept', [String(weeks)]);
}
