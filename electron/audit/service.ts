import { GalleyError } from '../../shared/contract/errors';
import type { AuditEntry, AuditVerification } from '../../shared/domain/audit';
import type { Session } from '../../shared/domain/session';
import { canReadAudit } from '../../shared/workflow/policy';
import type { AuditLog } from './audit-log';

export type AuditService = ReturnType<typeof auditService>;

function requireReader(session: Session): void {
  if (!canReadAudit(session.role)) throw new GalleyError('FORBIDDEN', 'Only a desk chief or an admin can read the audit log.');
}

/** Reading and verifying the audit log, for those who answer for it. */
export function auditService(log: AuditLog) {
  return {
    list(session: Session, offset: number, limit: number): { items: AuditEntry[]; total: number } {
      requireReader(session);
      return log.list(offset, limit);
    },

    verify(session: Session): AuditVerification {
      requireReader(session);
      return log.verify();
    },

    /**
     * For `galley audit verify`: whoever can run it can read the database file, so the
     * check needs no sign-in, and it tells nothing the file does not.
     */
    verifyFile(): AuditVerification {
      return log.verify();
    },
  };
}
