import { SIGNATORY_ORDERS, SIGNATORY_STYLES, type SignatorySettings } from '../../../core/signatories/settings.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { labelsOf } from './labels.ts';
import { useMessages } from '../../i18n/messages.ts';
import { signatoryMessages } from './messages.ts';
import './signatories.css';

type Props = { settings: SignatorySettings; onChange: (next: SignatorySettings) => void };

/** The statement's order and printed style of its signatories, stored in its meta. */
export function SignatorySettingsBar({ settings, onChange }: Props) {
  const m = useMessages(signatoryMessages);
  return (
    <div className="signatory-settings">
      <label>
        {m.order}
        <ChoiceSelect aria-label={m.orderAria} value={settings.order} choices={SIGNATORY_ORDERS} labels={labelsOf(SIGNATORY_ORDERS, m.orderLabel)} onChange={(order) => onChange({ ...settings, order })} />
      </label>
      <label>
        {m.style}
        <ChoiceSelect aria-label={m.styleAria} value={settings.style} choices={SIGNATORY_STYLES} labels={labelsOf(SIGNATORY_STYLES, m.styleLabel)} onChange={(style) => onChange({ ...settings, style })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.familyNameCapitals} onChange={(e) => onChange({ ...settings, familyNameCapitals: e.target.checked })} /> {m.capitals}
      </label>
    </div>
  );
}
