import { ZONE_MODES, type ZoneMode } from '@/utils/agreement/agreement-schema';
import { t } from '../../i18n';
import { SelectField } from './fields';

/** What Hearth does to work sites during a zone or special day: dim, block or only record. */
export function ZoneModeField({ path, value, onValue }: { path: string; value: ZoneMode; onValue: (mode: ZoneMode) => void }) {
  return (
    <SelectField path={path} label={t('editorZoneMode')} value={value} options={ZONE_MODES.map((mode) => ({ value: mode, label: t(`zoneMode_${mode}`) }))} onValue={onValue} />
  );
}
