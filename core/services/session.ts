import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';

export async function setUpRegister(
  deps: Deps,
  input: ParsedInput<'session.setup'>,
): Promise<ChannelOutput<'session.setup'>> {
  if (deps.host.exists()) throw new AppError('REGISTER_EXISTS');
  const { recoveryCode, actor } = await deps.host.create(input, deps.clock.now().toISOString());
  return { recoveryCode, user: actor };
}

export async function unlockRegister(
  deps: Deps,
  input: ParsedInput<'session.unlock'>,
): Promise<ChannelOutput<'session.unlock'>> {
  if (!deps.host.exists()) throw new AppError('REGISTER_NOT_INITIALISED');
  const user = await deps.host.unlock(input.userName, input.password, deps.clock.now().toISOString());
  return { user };
}

export function lockRegister(deps: Deps): ChannelOutput<'session.lock'> {
  deps.host.lock();
  return { locked: true };
}
