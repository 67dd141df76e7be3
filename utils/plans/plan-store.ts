import { settingsStore } from '../db/settings-store';
import { parseInvokedPlans } from './invoked-plan';

/** Which plans were invoked on this browser: per browser, like whose browser this is (design decision 7). */
export const invokedPlanStore = settingsStore('plans:invoked', parseInvokedPlans);
