import { SIGNATORY_ORDERS, SIGNATORY_STYLES, type SignatorySettings } from '../../../core/signatories/settings.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';
import { ORDER_LABELS, STYLE_LABELS } from './labels.ts';
import './signatories.css';

type Props = { settings: SignatorySettings; onChange: (next: SignatorySettings) => void };

/** The statement's order and printed style of its signatories, stored in its meta. */
export function SignatorySettingsBar({ settings, onChange }: Props) {
  return (
    <div className="signatory-settings">
      <label>
        Order
        <ChoiceSelect aria-label="Order of the signatories" value={settings.order} choices={SIGNATORY_ORDERS} labels={ORDER_LABELS} onChange={(order) => onChange({ ...settings, order })} />
      </label>
      <label>
        Style
        <ChoiceSelect aria-label="Style of the printed block" value={settings.style} choices={SIGNATORY_STYLES} labels={STYLE_LABELS} onChange={(style) => onChange({ ...settings, style })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.familyNameCapitals} onChange={(e) => onChange({ ...settings, familyNameCapitals: e.target.checked })} /> Family names in
        capitals
      </label>
    </div>
  );
}
