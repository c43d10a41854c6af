import { createContext, useContext } from 'react';
import type { Session } from '../../shared/domain/session';

/** Who is signed in to this window, and how to lock it again. */
export interface Auth {
  session: Session;
  /** Saves what is pending, ends the session and shows the sign-in screen: nothing of the work stays visible. */
  signOut(): Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth needs a signed-in <AuthGate> above it');
  return auth;
}

export const ROLE_LABELS = {
  writer: 'Writer',
  editor: 'Editor',
  desk_chief: 'Desk chief',
  admin: 'Admin',
} as const;
