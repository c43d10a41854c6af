import type { assetsChannels } from '../../../shared/contract/channels/assets';
import type { HandlersOf } from './types';

export const assetsHandlers: HandlersOf<typeof assetsChannels> = {
  'assets.add': (input, { session, services }) => services.assets.add(session, input.fileName, Buffer.from(input.data, 'base64')),
  'assets.get': (input, { services }) => services.assets.get(input.id),
  'assets.search': (input, { services }) => services.assets.search(input),
  'assets.updateRights': (input, { session, services }) => services.assets.updateRights(session, input.id, input.rights),
  'assets.expiring': (input, { services }) => ({ items: services.assets.expiring(input.withinDays) }),
  'assets.policy': (_input, { services }) => services.assets.policy(),
  'assets.setPolicy': (input, { session, services }) => services.assets.setPolicy(session, input.policy),
};
