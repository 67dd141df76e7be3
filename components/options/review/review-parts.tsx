import type { FunctionComponent } from 'preact';
import { joinIsolated } from '@/utils/format/bidi-isolate';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import type { ReviewPartId } from '@/utils/agreement/agreement-review';
import { formatCalendarDate } from '@/utils/format/agreement-format';
import { formatMinutes } from '@/utils/format/format-minutes';
import { t } from '../../i18n';
import type { Draft, Edit } from '../editor/draft';
import { HouseholdSection } from '../editor/household-section';
import { PartnersSection } from '../editor/partners-section';
import { ZonesSection } from '../editor/zones-section';
import { SpecialDaysSection } from '../editor/special-days-section';
import { RitualsSection } from '../editor/rituals-section';
import { WorkSitesSection } from '../editor/work-sites-section';
import { PolicySection } from '../editor/policy-section';
import { FocusSeasonsSection } from '../editor/focus-seasons-section';
import { CommitmentsSection } from '../editor/commitments-section';
import { PlansSection } from '../editor/plans-section';
import { ReviewRhythmSection } from '../editor/review-rhythm-section';

type Section = FunctionComponent<{ draft: Draft; edit: Edit }>;

/** Each part's name, its editor (the same one the options page edits with), and what it says now in a line. */
export const PART_VIEWS: Record<ReviewPartId, { title: () => string; Editor: Section; says: (agreement: Agreement, locale: string) => string }> = {
  household: { title: () => t('editorHousehold'), Editor: HouseholdSection, says: (a) => t('summaryTimeZone', [a.household.timeZone]) },
  hours: { title: () => t('editorPartners'), Editor: PartnersSection, says: (a) => names(a.partners.map((partner) => partner.name)) },
  zones: { title: () => t('editorZones'), Editor: ZonesSection, says: (a) => names(a.zones.map((zone) => zone.label)) },
  specialDays: { title: () => t('editorSpecialDays'), Editor: SpecialDaysSection, says: (a) => names(a.specialDays.map((day) => day.label)) },
  rituals: { title: () => t('editorRituals'), Editor: RitualsSection, says: (a) => names(a.rituals.map((ritual) => ritual.label)) },
  workSites: { title: () => t('editorSites'), Editor: WorkSitesSection, says: (a) => names([...new Set(a.workSites.map((site) => site.label ?? site.pattern))]) },
  budget: { title: () => t('editorPolicy'), Editor: PolicySection, says: (a, locale) => t('summaryBudget', [formatMinutes(a.budget.weeklyAfterHoursMinutes, locale)]) },
  seasons: { title: () => t('editorSeasons'), Editor: FocusSeasonsSection, says: (a) => names(a.focusSeasons.map((season) => season.label)) },
  commitments: { title: () => t('editorCommitments'), Editor: CommitmentsSection, says: (a) => names(a.commitments.map((item) => item.what)) },
  plans: { title: () => t('editorPlans'), Editor: PlansSection, says: (a) => names(a.contingencyPlans.map((plan) => plan.name)) },
  reviewRhythm: {
    title: () => t('editorReviewRhythm'),
    Editor: ReviewRhythmSection,
    says: (a, locale) => t('editorReviewNext', [formatCalendarDate(a.reviewRhythm.from, locale)]),
  },
};

const names = (list: string[]) => (list.length === 0 ? t('reviewPartEmpty') : joinIsolated(list, ', '));
