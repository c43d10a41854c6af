import { blocking, findingKey, warnings, type Finding } from '../checks/finding';

export interface GateVerdict {
  /** True when nothing blocks and every warning is acknowledged. */
  open: boolean;
  blocking: Finding[];
  /** Warnings the approver has not acknowledged yet. */
  unacknowledged: Finding[];
  /** Warnings acknowledged: each is recorded with the approval. */
  acknowledged: Finding[];
}

/**
 * The approval gate: refused while any blocking finding stands; every warning must be
 * acknowledged, one by one. The renderer enables its Approve button with this, and the
 * workflow service decides with it, on findings it computes itself.
 */
export function evaluateGate(findings: readonly Finding[], acknowledgedKeys: readonly string[]): GateVerdict {
  const keys = new Set(acknowledgedKeys);
  const warned = warnings(findings);
  const unacknowledged = warned.filter((finding) => !keys.has(findingKey(finding)));
  const acknowledged = warned.filter((finding) => keys.has(findingKey(finding)));
  const blocked = blocking(findings);
  return { open: blocked.length === 0 && unacknowledged.length === 0, blocking: blocked, unacknowledged, acknowledged };
}

/** What a refused approval says, for the gate dialog and the command line. */
export function gateRefusal(verdict: GateVerdict): string {
  const parts: string[] = [];
  if (verdict.blocking.length > 0) {
    parts.push(`${verdict.blocking.length} blocking finding${verdict.blocking.length === 1 ? '' : 's'} must be fixed first`);
  }
  if (verdict.unacknowledged.length > 0) {
    parts.push(
      `${verdict.unacknowledged.length} warning${verdict.unacknowledged.length === 1 ? '' : 's'} must be acknowledged one by one`,
    );
  }
  return `Approval refused: ${parts.join('; ')}.`;
}
