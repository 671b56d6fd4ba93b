import { z } from 'zod';
import { contract, isChannel } from '../../core/api/contract.ts';
import { usageError } from '../exit-codes.ts';

/** The JSON Schema of a channel's input, generated from the same zod contract the router enforces. */
export function schemaCommand(channel: string | undefined): unknown {
  if (!channel || !isChannel(channel)) {
    throw usageError(`Kênh không hợp lệ: ${channel ?? '(trống)'}. Các kênh: ${Object.keys(contract).join(', ')}`);
  }
  const spec = contract[channel];
  return {
    channel,
    summary: spec.summary,
    access: spec.access,
    input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
  };
}
