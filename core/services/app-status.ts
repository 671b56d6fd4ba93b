import type { ChannelOutput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';

export function getAppStatus(deps: Deps, ctx: CallContext): ChannelOutput<'app.status'> {
  const { host, app } = deps;
  const ws = host.workspace();
  const base = { appVersion: app.version, appSchemaVersion: app.schemaVersion, dbPath: host.path };
  if (!ws) {
    return {
      ...base,
      state: host.exists() ? 'locked' : 'uninitialised',
      registerSchemaVersion: null,
      mode: null,
      unitName: null,
      registerId: null,
      user: null,
    };
  }
  const meta = ws.meta();
  return {
    ...base,
    state: 'unlocked',
    registerSchemaVersion: meta.schemaVersion,
    mode: meta.mode,
    unitName: meta.unitName,
    registerId: meta.registerId,
    user: ctx.actor,
  };
}
