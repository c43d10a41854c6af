import type { settingsChannels } from '../../../shared/contract/channels/settings';
import type { HandlersOf } from './types';

export const settingsHandlers: HandlersOf<typeof settingsChannels> = {
  'settings.get': (input, { services }) => services.settings.get(input.key),
  'settings.set': (input, { session, services }) => services.settings.set(session, input),
};
