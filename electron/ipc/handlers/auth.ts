import type { authChannels } from '../../../shared/contract/channels/auth';
import type { HandlersOf } from './types';

export const authHandlers: HandlersOf<typeof authChannels> = {
  'session.current': (_input, { session }) => session,
  'auth.status': (_input, { session, services }) => services.auth.status(session),
  'auth.setup': (input, { services }) => services.auth.setup(input),
  'auth.signIn': (input, { client, services }) => services.auth.signIn(input.name, input.password, client),
  'auth.signOut': (_input, { session, sessionToken, services }) => {
    services.auth.signOut(session, sessionToken);
    return { signedOut: true } as const;
  },
  'users.list': (_input, { session, services }) => services.users.list(session),
  'users.create': (input, { session, services }) => services.users.create(session, input),
  'users.update': (input, { session, services }) => services.users.update(session, input),
};
