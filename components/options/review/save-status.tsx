import { t } from '../../i18n';
import type { SaveOutcome } from './save-agreement';

/** What became of a save: done, proposed to the partner, or why not, with the schema's details. */
export function SaveStatus({ outcome, done }: { outcome: SaveOutcome; done: string }) {
  if (outcome.ok) {
    return (
      <p class="status ok" role="status">
        {outcome.proposed ? t('reviewProposed') : done}
      </p>
    );
  }
  return (
    <div class="status error" role="alert">
      <p>{outcome.text}</p>
      {outcome.details.length > 0 && (
        <ul>
          {outcome.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
