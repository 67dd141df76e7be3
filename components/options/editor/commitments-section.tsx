import { BOTH_PARTNERS, COMMITMENT_STATES, type CommitmentState } from '@/utils/agreement/agreement-schema';
import { newCommitment } from '@/utils/agreement/new-commitment';
import { t } from '../../i18n';
import type { Draft, Edit } from './draft';
import { AddButton, EditorItem } from './editor-item';
import { FieldError } from './field-error';
import { DateField, SelectField, TextField } from './fields';

/** Who does what, by when, and what success looks like: the promises made at a check-in. */
export function CommitmentsSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const who = [...draft.partners.map((partner) => ({ value: partner.id, label: partner.name })), { value: BOTH_PARTNERS, label: t('commitmentBoth') }];
  const states = COMMITMENT_STATES.map((state) => ({ value: state, label: t(`commitmentState_${state}`) }));
  return (
    <section aria-labelledby="editor-commitments">
      <h3 id="editor-commitments">{t('editorCommitments')}</h3>
      <p class="hint">{t('editorCommitmentsHint')}</p>
      <FieldError path="commitments" />
      {draft.commitments.length === 0 ? (
        <p class="muted">{t('editorCommitmentsNone')}</p>
      ) : (
        <ul class="items">
          {draft.commitments.map((item, i) => {
            const path = `commitments[${i}]`;
            const change = (apply: (c: Draft['commitments'][number]) => void) => edit((d) => apply(d.commitments[i]!));
            return (
              <EditorItem key={item.id} title={item.what || t('editorCommitmentNew')} onRemove={() => edit((d) => void d.commitments.splice(i, 1))}>
                <TextField path={`${path}.what`} label={t('editorCommitmentWhat')} maxLength={200} value={item.what} onValue={(value) => change((c) => void (c.what = value))} />
                <div class="row">
                  <SelectField path={`${path}.who`} label={t('editorCommitmentWho')} value={item.who} options={who} onValue={(value) => change((c) => void (c.who = value))} />
                  <DateField path={`${path}.by`} label={t('editorCommitmentBy')} value={item.by} onValue={(value) => change((c) => void (c.by = value))} />
                  <DateField path={`${path}.reviewOn`} label={t('editorCommitmentReview')} value={item.reviewOn} onValue={(value) => change((c) => void (c.reviewOn = value))} />
                </div>
                <TextField path={`${path}.success`} label={t('editorCommitmentSuccess')} maxLength={300} value={item.success} onValue={(value) => change((c) => void (c.success = value))} />
                <div class="row">
                  <SelectField<CommitmentState> path={`${path}.state`} label={t('editorCommitmentState')} value={item.state} options={states} onValue={(value) => change((c) => void (c.state = value))} />
                  <TextField
                    path={`${path}.stateNote`}
                    label={t('editorCommitmentStateNote')}
                    maxLength={200}
                    value={item.stateNote ?? ''}
                    onValue={(value) => change((c) => void (value === '' ? delete c.stateNote : (c.stateNote = value)))}
                  />
                </div>
              </EditorItem>
            );
          })}
        </ul>
      )}
      <AddButton label={t('editorCommitmentAdd')} onAdd={() => edit((d) => void d.commitments.push(newCommitment(d, Date.now(), t('editorCommitmentNew'))))} />
    </section>
  );
}
