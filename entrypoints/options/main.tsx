import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { OptionsApp } from '@/components/options/options-app';
import { t } from '@/components/i18n';

document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp db={new HearthDb()} />, document.getElementById('app')!);
