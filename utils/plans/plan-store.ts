import { settingsStore } from '../db/settings-store';
import { parseInvokedPlans } from './invoked-plan';
import { parsePartnerPlans } from './partner-plan';

/** Which plans were invoked on this browser: per browser, like whose browser this is (design decision 7). */
export const invokedPlanStore = settingsStore('plans:invoked', parseInvokedPlans);

/** The partner's plans as the link told them: shown in the popup while one holds, and in the report. */
export const PARTNER_PLANS_KEY = 'plans:partner';
export const partnerPlanStore = settingsStore(PARTNER_PLANS_KEY, parsePartnerPlans);
