import type { Channel, ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { Workspace } from '../ports/register-host.ts';
import { getAgreement, listAgreements, updateEquivalences } from './agreements.ts';
import { getAppStatus } from './app-status.ts';
import { lockRegister, setUpRegister, unlockRegister } from './session.ts';

/** What a handler gets besides its parsed input. */
export interface Call {
  ctx: CallContext;
  deps: Deps;
  /** ISO time of this call, read once so a call's data and audit share one timestamp. */
  at: string;
  /** The unlocked register; throws LOCKED when there is none. */
  workspace(): Workspace;
}

type Handler<C extends Channel> = (input: ParsedInput<C>, call: Call) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export const handlers: { [C in Channel]: Handler<C> } = {
  'app.status': (_input, { deps, ctx }) => getAppStatus(deps, ctx),
  'session.setup': (input, { deps }) => setUpRegister(deps, input),
  'session.unlock': (input, { deps }) => unlockRegister(deps, input),
  'session.lock': (_input, { deps }) => lockRegister(deps),
  'agreements.list': (_input, call) => listAgreements(call.workspace()),
  'agreements.get': (input, call) => getAgreement(call.workspace(), input.code),
  'agreements.updateEquivalences': (input, call) => updateEquivalences(call.workspace(), call.ctx, input, call.at),
};

export function requireWorkspace(deps: Deps): Workspace {
  const ws = deps.host.workspace();
  if (!ws) throw new AppError('LOCKED');
  return ws;
}
