import type { z } from 'zod';
import type { ChannelSpec } from './channel-spec.ts';
import type { ChannelName } from './channels.ts';
import { agreementChannels } from './contract/agreements.ts';
import { auditChannels } from './contract/audit.ts';
import { itemChannels } from './contract/items.ts';
import { incidentChannels } from './contract/incidents.ts';
import { packageChannels } from './contract/packages.ts';
import { importChannels } from './contract/items-import.ts';
import { printChannels } from './contract/print.ts';
import { keyChannels } from './contract/keys.ts';
import { sessionChannels } from './contract/session.ts';
import { usersChannels } from './contract/users.ts';

/**
 * The one list of channels. Preload exposes exactly these keys, main binds exactly these handlers, the CLI and the
 * tests call the same router with them.
 */
export const contract = {
  ...sessionChannels,
  ...usersChannels,
  ...auditChannels,
  ...itemChannels,
  ...importChannels,
  ...printChannels,
  ...keyChannels,
  ...incidentChannels,
  ...packageChannels,
  ...agreementChannels,
} as const satisfies Record<ChannelName, ChannelSpec<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
