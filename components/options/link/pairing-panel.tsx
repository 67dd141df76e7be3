import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HearthDb } from '@/utils/db/hearth-db';
import { createInvite, inviteLink, parseInvite } from '@/utils/link/invite';
import type { CheckWords } from '@/utils/link/check-words';
import { startPairing, type PairingEvent, type PairingSession } from '@/utils/link/pairing-session';
import { connectRelay } from '@/utils/link/relay-connection';
import type { Role } from '@/utils/link/relay-protocol';
import type { HearthMessage } from '@/utils/messages';
import { t } from '../../i18n';
import { InviteQr } from './invite-qr';

type Step =
  | { kind: 'choose' }
  | { kind: 'join'; error: string | null }
  | { kind: 'connecting' }
  | { kind: 'invite'; link: string; code: string; ready: true }
  | { kind: 'words'; words: CheckWords }
  | { kind: 'confirmed'; words: CheckWords }
  | { kind: 'failed'; key: string };

/**
 * Pairing runs here, in the open options page, which can hold the relay socket as long as the two
 * people need to compare the words. The result is stored straight into IndexedDB: its AES keys are
 * non-extractable CryptoKeys, which IndexedDB keeps by structured clone but runtime messages (JSON)
 * cannot carry; the background is then told to pick the link up.
 */
export function PairingPanel({ db, relayUrl, onPaired, relaySettings }: { db: HearthDb; relayUrl: string; onPaired: () => void; relaySettings: ComponentChildren }) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [pasted, setPasted] = useState('');
  const session = useRef<PairingSession | null>(null);
  const words = useRef<CheckWords | null>(null);
  useEffect(() => () => session.current?.cancel(), []);

  const begin = (secret: Uint8Array, role: Role, relay: string, invite?: { link: string; code: string }) => {
    setStep({ kind: 'connecting' });
    const shown = invite;
    session.current = startPairing({
      secret,
      role,
      relayUrl: relay,
      connect: (url) => connectRelay(url),
      now: Date.now,
      onEvent: (event: PairingEvent) => void handle(event, shown),
    });
  };

  const handle = async (event: PairingEvent, invite?: { link: string; code: string }) => {
    // The invite is shown once its half waits in the relay's slot, so it works the moment it is pasted.
    if (event.kind === 'waiting' && invite) setStep({ kind: 'invite', ...invite, ready: true });
    else if (event.kind === 'words') {
      words.current = event.words;
      setStep({ kind: 'words', words: event.words });
    } else if (event.kind === 'confirmed-by-me') setStep({ kind: 'confirmed', words: words.current! });
    else if (event.kind === 'failed') {
      session.current = null;
      setStep({ kind: 'failed', key: event.key });
    } else if (event.kind === 'paired') {
      session.current = null;
      await db.link.put(event.record);
      await browser.runtime.sendMessage({ type: 'link:paired' } satisfies HearthMessage);
      onPaired();
    }
  };

  const invite = () => {
    const { secret, code } = createInvite(relayUrl);
    begin(secret, 'a', relayUrl, { link: inviteLink(code), code });
  };
  const join = (event: Event) => {
    event.preventDefault();
    const parsed = parseInvite(pasted);
    if (!parsed.ok) return setStep({ kind: 'join', error: t(parsed.key) });
    setPasted('');
    begin(parsed.secret, 'b', parsed.relayUrl);
  };
  const again = () => {
    session.current?.cancel();
    session.current = null;
    setStep({ kind: 'choose' });
  };

  const view = () => {
    switch (step.kind) {
      case 'choose':
        return (
          <div class="toolbar">
            <button type="button" class="primary" onClick={invite}>
              {t('linkInvite')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'join', error: null })}>
              {t('linkHaveInvite')}
            </button>
          </div>
        );
      case 'join':
        return (
          <form onSubmit={join} noValidate>
            <p>
              <label>
                {t('linkPasteLabel')}
                <br />
                <textarea rows={3} cols={60} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} aria-invalid={step.error ? 'true' : undefined} />
              </label>
            </p>
            {step.error && (
              <p role="alert" class="error">
                {step.error}
              </p>
            )}
            <div class="toolbar">
              <button type="submit" class="primary">
                {t('linkJoin')}
              </button>
              <button type="button" onClick={again}>
                {t('linkCancel')}
              </button>
            </div>
          </form>
        );
      case 'connecting':
        return <p role="status">{t('linkConnecting')}</p>;
      case 'invite':
        return (
          <div class="invite">
            <p>{t('linkInviteBody')}</p>
            <p>
              <label>
                {t('linkInviteLinkLabel')} <input readOnly value={step.link} size={60} onFocus={(e) => e.currentTarget.select()} />
              </label>{' '}
              <button type="button" onClick={() => void navigator.clipboard.writeText(step.link)}>
                {t('linkCopy')}
              </button>
            </p>
            <p>
              <label>
                {t('linkInviteCodeLabel')} <input readOnly value={step.code} size={60} onFocus={(e) => e.currentTarget.select()} />
              </label>
            </p>
            <InviteQr link={step.link} code={step.code} />
            <p role="status">{t('linkWaitingForPartner')}</p>
            <button type="button" onClick={again}>
              {t('linkCancel')}
            </button>
          </div>
        );
      case 'words':
      case 'confirmed':
        return (
          <div class="check-words">
            <p id="link-words-title">{t('linkWordsBody')}</p>
            <ol class="words" aria-labelledby="link-words-title" data-testid="link-words">
              {step.words.map((word) => (
                <li key={word}>{word}</li>
              ))}
            </ol>
            {step.kind === 'words' ? (
              <div class="toolbar">
                <button type="button" class="primary" onClick={() => session.current?.confirm()}>
                  {t('linkWordsMatch')}
                </button>
                <button type="button" onClick={() => session.current?.reject()}>
                  {t('linkWordsDiffer')}
                </button>
              </div>
            ) : (
              <p role="status">{t('linkWaitingForConfirm')}</p>
            )}
          </div>
        );
      case 'failed':
        return (
          <div>
            <p role="alert" class="error">
              {t(step.key)}
            </p>
            <button type="button" onClick={again}>
              {t('linkStartAgain')}
            </button>
          </div>
        );
    }
  };
  // The relay address names where invites made here go: shown while choosing, and after a failure (an
  // unreachable relay is mended there), not while an invite, a join or the words are under way.
  return (
    <>
      {view()}
      {(step.kind === 'choose' || step.kind === 'failed') && relaySettings}
    </>
  );
}
