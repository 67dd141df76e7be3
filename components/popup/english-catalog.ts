import { readFileSync } from 'node:fs';
import { catalogTranslator, type MessageCatalog } from '@/utils/i18n/translate';

/**
 * Test support: `t` over the English catalog, standing in for `components/i18n.ts` (the browser's
 * i18n API) with `vi.mock('../i18n', () => import('./english-catalog'))`.
 */
export const t = catalogTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as MessageCatalog);

export const uiLocale = () => 'en';
