import type { z } from 'zod';
import { articlesChannels } from './articles';
import { assetsChannels } from './assets';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { changesChannels } from './changes';
import { collabChannels } from './collab';
import { checksChannels } from './checks';
import { newsroomChannels } from './newsroom';
import { publishingChannels } from './publishing';
import { reviewChannels } from './review';
import { settingsChannels } from './settings';
import { sourcesChannels } from './sources';
import { styleChannels } from './style';
import { workflowChannels } from './workflow';

/**
 * The one list of channels, joined from one file per domain (beside this one; each has its
 * handler file of the same name in electron/ipc/handlers). The main-process router
 * validates every input and output against these schemas; the renderer's client is typed
 * from them. Adding a channel to a domain's file is the only way to add one.
 */
export const channels = {
  ...authChannels,
  ...articlesChannels,
  ...workflowChannels,
  ...checksChannels,
  ...auditChannels,
  ...sourcesChannels,
  ...assetsChannels,
  ...publishingChannels,
  ...reviewChannels,
  ...settingsChannels,
  ...styleChannels,
  ...changesChannels,
  ...newsroomChannels,
  ...collabChannels,
} as const;

/** The channels a caller may use before signing in: everything else answers UNAUTHENTICATED. */
export const PUBLIC_CHANNELS = ['auth.status', 'auth.setup', 'auth.signIn'] as const satisfies readonly (keyof typeof channels)[];
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number];
export const isPublicChannel = (name: string): name is PublicChannel => (PUBLIC_CHANNELS as readonly string[]).includes(name);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
