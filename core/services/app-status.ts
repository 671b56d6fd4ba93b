import type { ChannelOutput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';

function clockBehindBy(newestEventAt: string | null, now: Date): string | null {
  if (!newestEventAt) return null;
  const ms = Date.parse(newestEventAt) - now.getTime();
  if (!(ms > 60_000)) return null;
  const minutes = Math.round(ms / 60_000);
  return minutes >= 120 ? `${Math.round(minutes / 60)} giờ` : `${minutes} phút`;
}

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
      auditHead: null,
      clockBehindBy: null,
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
    auditHead: ws.audit.head(),
    clockBehindBy: clockBehindBy(ws.audit.newestAt(), deps.clock.now()),
  };
}
