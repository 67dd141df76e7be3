import { useRef, useState } from 'preact/hooks';
import type { PageGuard } from '@/utils/guard/page-guard';
import type { OverrideReply } from '@/utils/messages';
import { formatMinutes } from '@/utils/format/format-minutes';
import { t, uiLocale } from '../i18n';

interface Props {
  allowance: PageGuard['allowance'];
  onSubmit: (minutes: number, reason: string) => Promise<OverrideReply>;
  onCancel: () => void;
}

/**
 * The honest way through: a duration within the agreed policy and a reason that goes into the weekly
 * report. Drawn in the override frame's own page (entrypoints/override-form), never in the guarded page.
 */
export function OverrideForm({ allowance, onSubmit, onCancel }: Props) {
  const [minutes, setMinutes] = useState(allowance.choices[0] ?? 5);
  const reason = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = uiLocale();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const reply = await onSubmit(minutes, reason.current?.value ?? '');
    setBusy(false);
    if (!reply.ok) setError(t(reply.key, reply.substitutions));
  };

  return (
    <form class="override" onSubmit={submit}>
      <label>
        {t('overrideMinutesLabel')}
        <select value={minutes} onChange={(e) => setMinutes(Number(e.currentTarget.value))}>
          {allowance.choices.map((choice) => (
            <option key={choice} value={choice}>
              {formatMinutes(choice, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('overrideReasonLabel')}
        <textarea ref={reason} required={allowance.reasonRequired} rows={2} placeholder={t('overrideReasonPlaceholder')} />
      </label>
      <p class="note">{t('overrideLeft', [String(allowance.left), String(allowance.perWeek)])}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('overrideConfirm', [formatMinutes(minutes, locale)])}
        </button>
        <button type="button" onClick={onCancel}>
          {t('overrideCancel')}
        </button>
      </div>
    </form>
  );
}
