import type { BudgetStatus } from '@/utils/status/budget-status';
import { t } from '../i18n';

/** This week's after-hours minutes against the agreed budget, as a meter a screen reader reads in minutes. */
export function BudgetMeter({ budget }: { budget: BudgetStatus }) {
  const { usedMinutes, budgetMinutes, ratio, season } = budget;
  const percent = Math.round(Math.min(1, ratio) * 100);
  const over = usedMinutes > budgetMinutes;
  const used = [String(usedMinutes), String(budgetMinutes)];
  return (
    <section class="card" aria-labelledby="budget-title">
      <h2 id="budget-title">{t('popupBudgetTitle')}</h2>
      <div
        role="meter"
        class={over ? 'meter over' : 'meter'}
        aria-label={t('popupBudgetMeterName')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('popupBudgetValueText', used)}
      >
        <div class="fill" style={{ width: `${percent}%` }} />
      </div>
      <p>{t('popupBudgetUsed', used)}</p>
      {season && <p class="muted">{t('popupBudgetSeason', [season])}</p>}
      <p class="muted">{over ? t('popupBudgetOver', [String(usedMinutes - budgetMinutes)]) : t('popupBudgetLeft', [String(budgetMinutes - usedMinutes)])}</p>
    </section>
  );
}
