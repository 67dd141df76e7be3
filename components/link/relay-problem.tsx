import { useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * Linked, the relay is the one the two browsers paired on: the address in the options only names
 * new invites, so "check its address in the options" would send the person to a setting that
 * cannot help. Said instead: what happens to what they send meanwhile.
 */
const WHILE_LINKED: Partial<Record<string, string>> = { linkRelayUnreachable: 'linkRelayUnreachableLinked' };

interface Props {
  /** The message key of what went wrong with the relay (a RelayError's key). */
  problem: string;
  /** Asks the background to try the relay now; `reached` false when it still does not answer or still refuses. */
  retry: () => Promise<{ reached: boolean }>;
  /** The options page announces the problem; the popup, opened to glance, only shows it. */
  urgent: boolean;
}

/**
 * What is wrong with the relay, and a way to try it now: the background tries again by itself, at
 * longer and longer waits, so a person who has just fixed their connection need not wait for it.
 * Once the relay answers, the background's next view drops the problem and with it this.
 */
export function RelayProblem({ problem, retry, urgent }: Props) {
  const [trying, setTrying] = useState(false);
  const [stillFailing, setStillFailing] = useState(false);
  const tryAgain = async () => {
    setTrying(true);
    setStillFailing(false);
    try {
      setStillFailing(!(await retry()).reached);
    } catch {
      setStillFailing(true);
    } finally {
      setTrying(false);
    }
  };
  return (
    <div class={urgent ? 'relay-problem' : 'relay-problem muted small'}>
      <p role={urgent ? 'alert' : 'status'} class={urgent ? 'error' : undefined}>
        {t(WHILE_LINKED[problem] ?? problem)}
      </p>
      <button type="button" onClick={() => void tryAgain()} disabled={trying}>
        {trying ? t('linkRelayTrying') : t('linkRelayTryAgain')}
      </button>
      {stillFailing && <p role="status">{t('linkRelayStillFailing')}</p>}
    </div>
  );
}
