import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { OptionsApp } from '@/components/options/options-app';
import { loadMessages, t, uiLocale } from '@/components/i18n';

void loadMessages().then(() => {
  document.title = t('optionsTitle');
  document.documentElement.lang = uiLocale();
  render(<OptionsApp db={new HearthDb()} />, document.getElementById('app')!);
});
