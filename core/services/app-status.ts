import type { ChannelOutput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { permissionsOf } from '../domain/permissions.ts';
import { ROLES_BY_MODE } from '../domain/roles.ts';

function clockBehindMinutes(newestEventAt: string | null, now: Date): number | null {
  if (!newestEventAt) return null;
  const ms = Date.parse(newestEventAt) - now.getTime();
  return ms > 60_000 ? Math.round(ms / 60_000) : null;
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
      training: null,
      user: null,
      auditHead: null,
      permissions: [],
      rolesForMode: [],
      settings: null,
      clockBehindMinutes: null,
      auditCheck: null,
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
    training: meta.training,
    user: ctx.actor,
    auditHead: ws.audit.head(),
    permissions: ctx.actor ? permissionsOf(ctx.actor) : [],
    settings: ws.settings.get(),
    rolesForMode: [...ROLES_BY_MODE[meta.mode]],
    clockBehindMinutes: clockBehindMinutes(ws.audit.newestAt(), deps.clock.now()),
    auditCheck: ws.audit.lastCheck(),
  };
}
