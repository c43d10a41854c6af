import type { Finding } from '../../../shared/checks/finding';
import { findingTitle } from '../../../shared/checks/labels';
import { locationLabel } from '../../../shared/checks/location-label';

interface Props {
  finding: Finding;
  onShow: (finding: Finding) => void;
}

/** One finding: its title, what is wrong and what to do, and a button that shows where. */
export function FindingItem({ finding, onShow }: Props) {
  return (
    <li className={`check-finding check-finding--${finding.severity}`}>
      <button type="button" className="check-finding__button" onClick={() => onShow(finding)}>
        <span className="check-finding__title">{findingTitle(finding)}</span>
        <span className="check-finding__message">{finding.message}</span>
        <span className="check-finding__meta">{locationLabel(finding.location)}</span>
      </button>
    </li>
  );
}
