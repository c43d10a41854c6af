import { useEffect } from 'react';
import { canReadAudit } from '../../../shared/workflow/policy';
import { useAuth } from '../../common/AuthContext';
import { AuditLogSection } from './AuditLogSection';
import { LicencePolicySection } from './LicencePolicySection';
import { PublishingTargetsSection } from '../publishing/PublishingTargetsSection';
import { canManageTargets } from '../../../shared/domain/publishing';
import { FactCheckSection } from './FactCheckSection';
import { HouseStyleSection } from './style/HouseStyleSection';
import { TypingSection } from './TypingSection';
import { NewsroomSection } from './NewsroomSection';

/** Settings: for now the audit log, which desk chiefs and admins answer for. */
export function SettingsView() {
  const { session } = useAuth();
  useEffect(() => {
    document.title = 'Settings · Galley';
  }, []);
  return (
    <main className="workspace desk" id="editor" aria-label="Settings">
      <div className="desk__scroll">
        <header className="desk__header">
          <h1 className="desk__title">Settings</h1>
        </header>
        <NewsroomSection role={session.role} />
        <LicencePolicySection role={session.role} />
        {canManageTargets(session.role) ? <PublishingTargetsSection /> : null}
        <FactCheckSection role={session.role} />
        <HouseStyleSection role={session.role} />
        <TypingSection role={session.role} />
        {canReadAudit(session.role) ? <AuditLogSection /> : null}
      </div>
    </main>
  );
}
