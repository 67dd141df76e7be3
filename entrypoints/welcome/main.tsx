import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { settingsStore } from '@/utils/db/settings-store';
import { parseWelcomeAnswers, WELCOME_KEY } from '@/utils/welcome/welcome-answers';
import type { HearthMessage, HearthReplies } from '@/utils/messages';
import { WelcomeApp } from '@/components/welcome/welcome-app';
import { loadMessages, t, uiLocale } from '@/components/i18n';
// The options page's look first, then what the steps add to it.
import '../options/options.css';
import './welcome.css';

// The progress is this page's alone, so it reads and writes it in Dexie directly, as the options
// page does its own settings; the agreement and whose browser this is go through the background.
const db = new HearthDb();
const detectedZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const progress = settingsStore(WELCOME_KEY, (value) => parseWelcomeAnswers(value, detectedZone));

void loadMessages().then(() => {
  document.title = t('welcomeTitle');
  document.documentElement.lang = uiLocale();
  document.getElementById('brand')!.textContent = t('extName');
  render(
    <WelcomeApp
      load={() => progress.load(db)}
      save={async (answers) => void (await progress.save(db, answers))}
      send={(message) => browser.runtime.sendMessage(message satisfies HearthMessage) as Promise<HearthReplies[typeof message.type]>}
      openOptions={(hash) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) })}
      detectedZone={detectedZone}
      now={Date.now}
    />,
    document.getElementById('app')!,
  );
});
