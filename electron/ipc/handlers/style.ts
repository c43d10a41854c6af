import type { styleChannels } from '../../../shared/contract/channels/style';
import type { HandlersOf } from './types';

export const styleHandlers: HandlersOf<typeof styleChannels> = {
  'style.rules.get': (_input, { services }) => services.style.get(),
  'style.rules.set': (input, { session, services }) => services.style.set(session, input.rules),
};
