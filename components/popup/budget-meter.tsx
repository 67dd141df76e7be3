import { formatMinutes } from '@/utils/format/format-minutes';
import type { BudgetStatus } from '@/utils/status/budget-status';
import { BudgetMeterBar } from '../budget-meter-bar';
import { t } from '../i18n';

/** This week's after-hours minutes against the agreed budget, as a meter a screen reader reads in minutes. */
export function BudgetMeter({ budget, locale }: { budget: BudgetStatus; locale: string }) {
  const { usedMinutes, budgetMinutes, ratio, season } = budget;
  const over = usedMinutes > budgetMinutes;
  const used = [String(usedMinutes), String(budgetMinutes)];
  return (
    <section class="card" aria-labelledby="budget-title">
      <h2 id="budget-title">{t('popupBudgetTitle')}</h2>
      <BudgetMeterBar ratio={ratio} over={over} label={t('popupBudgetMeterName')} valueText={t('popupBudgetValueText', [String(usedMinutes), formatMinutes(budgetMinutes, locale)])} />
      <p>{t('popupBudgetUsed', used)}</p>
      {season && <p class="muted">{t('popupBudgetSeason', [season])}</p>}
      <p class="muted">{over ? t('popupBudgetOver', [String(usedMinutes - budgetMinutes)]) : t('popupBudgetLeft', [String(budgetMinutes - usedMinutes)])}</p>
    </section>
  );
}
