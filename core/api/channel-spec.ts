import { z } from 'zod';
import type { Permission } from '../domain/permissions.ts';

/**
 * One channel: its input and output schemas, who may call it (`public` works before unlock: status, set-up,
 * unlock, recovery), and one line for `cxr schema` and the docs.
 */
export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: 'public' | Permission;
  summary: string;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec;

export const noInput = z.object({}).strict().default({});
