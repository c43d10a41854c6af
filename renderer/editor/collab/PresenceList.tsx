import { useEffect, useState } from 'react';
import type { BridgeProvider } from './BridgeProvider';

interface Present {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
}

function present(provider: BridgeProvider): Present[] {
  const people: Present[] = [];
  for (const [clientId, state] of provider.presence.getStates()) {
    const { name, color } = state as { name?: unknown; color?: unknown };
    if (typeof name !== 'string' || name.trim() === '') continue;
    people.push({ clientId, name, color: typeof color === 'string' ? color : 'currentColor', self: clientId === provider.doc.clientID });
  }
  // This window first, then the others by name: the list does not jump as people type.
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Who is in this shared article now (each window of each person), for the editor's status bar. */
export function PresenceList({ provider }: { provider: BridgeProvider }) {
  const [people, setPeople] = useState<Present[]>(() => present(provider));
  useEffect(() => {
    const refresh = () => setPeople(present(provider));
    refresh();
    provider.presence.on('change', refresh);
    return () => provider.presence.off('change', refresh);
  }, [provider]);
  if (people.length === 0) return null;
  return (
    <ul className="presence" aria-label="People in this article" data-testid="presence">
      {people.map((person) => (
        <li key={person.clientId} className="presence__person">
          <span className="presence__dot" style={{ background: person.color }} aria-hidden="true" />
          {person.self ? `${person.name} (you)` : person.name}
        </li>
      ))}
    </ul>
  );
}
