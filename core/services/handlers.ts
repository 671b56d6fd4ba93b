import type { Channel, ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { Workspace } from '../ports/register-host.ts';
import { getAgreement, listAgreements, updateEquivalences } from './agreements.ts';
import { getAppStatus } from './app-status.ts';
import { addIncident, closeIncident, fileIncident, getIncident, listIncidents, updateIncident } from './incidents.ts';
import { printIncident } from './incident-print.ts';
import { printKeySheet } from './key-sheet.ts';
import { printPackageCover } from './package-cover.ts';
import { exportIncidents } from './package-export.ts';
import { importPackage, verifyPackage } from './package-import.ts';
import { issueReceipt } from './package-receipt.ts';
import { listPackages } from './packages-list.ts';
import { addItem, getItem, listItems, searchItems } from './items.ts';
import { exportItemsXlsx } from './items-export.ts';
import { printEnvelope, printReceipt, printRegister } from './print.ts';
import { previewEnvelope, previewReceipt, previewRegister, recordPrinted } from './print-preview.ts';
import { populateTraining } from './training.ts';
import { exportPublicKey, revokeKey, showKeys, trustKey } from './unit-keys.ts';
import { commitImport, previewImport } from './items-import.ts';
import { listAudit, redactAuditValue, verifyAuditChain } from './audit.ts';
import {
  changeOwnPassword,
  createBackup,
  lockRegister,
  recoverAccess,
  revealKey,
  rotateKey,
  setUpRegister,
  unlockRegister,
  updateDocumentSettings,
  updateSettings,
} from './session.ts';
import { addUser, disableUser, listUsers, resetPassword, setRoles } from './users.ts';

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
  'session.recover': (input, { deps }) => recoverAccess(deps, input),
  'session.changePassword': (input, call) => changeOwnPassword(call.workspace(), call.ctx, input, call.at),
  'key.reveal': (input, { deps }) => revealKey(deps, input),
  'key.rotate': (_input, call) => rotateKey(call.workspace(), call.ctx, call.at),
  'settings.update': (input, call) => updateSettings(call.workspace(), call.ctx, input, call.at),
  'settings.updateDocuments': (input, call) => updateDocumentSettings(call.workspace(), call.ctx, input, call.at),
  'backup.create': (input, call) => createBackup(call.workspace(), call.ctx, input, call.at),
  'users.list': (_input, call) => listUsers(call.workspace()),
  'users.add': (input, call) => addUser(call.workspace(), call.ctx, input, call.at),
  'users.disable': (input, call) => disableUser(call.workspace(), call.ctx, input, call.at),
  'users.resetPassword': (input, call) => resetPassword(call.workspace(), call.ctx, input, call.at),
  'users.setRoles': (input, call) => setRoles(call.workspace(), call.ctx, input, call.at),
  'audit.verify': (input, call) => verifyAuditChain(call.workspace(), call.ctx, input),
  'audit.list': (input, call) => listAudit(call.workspace(), call.ctx, input),
  'audit.redact': (input, call) => redactAuditValue(call.workspace(), call.ctx, input, call.at),
  'items.add': (input, call) => addItem(call.workspace(), call.ctx, input, call.at),
  'items.get': (input, call) => getItem(call.workspace(), call.ctx, input.id, call.at),
  'items.list': (input, call) => listItems(call.workspace(), call.ctx, input),
  'items.search': (input, call) => searchItems(call.workspace(), call.ctx, input),
  'items.exportXlsx': (input, call) => exportItemsXlsx(call.workspace(), call.deps, call.ctx, input, call.at),
  'items.importPreview': (input, call) => previewImport(call.workspace(), call.ctx, input, call.at),
  'items.importCommit': (input, call) => commitImport(call.workspace(), call.ctx, input, call.at),
  'training.populate': (input, call) => populateTraining(call.workspace(), call.ctx, input, call.at),
  'print.register': (input, call) => printRegister(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.envelope': (input, call) => printEnvelope(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.receipt': (input, call) => printReceipt(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.registerPreview': (input, call) => previewRegister(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.envelopePreview': (input, call) => previewEnvelope(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.receiptPreview': (input, call) => previewReceipt(call.workspace(), call.deps, call.ctx, input, call.at),
  'print.recordPrinted': (input, call) => recordPrinted(call.workspace(), call.ctx, input, call.at),
  'keys.show': (_input, call) => showKeys(call.workspace(), call.ctx, call.at),
  'keys.export': (input, call) => exportPublicKey(call.workspace(), call.deps, call.ctx, input, call.at),
  'keys.printSheet': (input, call) => printKeySheet(call.workspace(), call.deps, call.ctx, input, call.at),
  'keys.trust': (input, call) => trustKey(call.workspace(), call.ctx, input, call.at),
  'keys.revoke': (input, call) => revokeKey(call.workspace(), call.ctx, input, call.at),
  'incidents.add': (input, call) => addIncident(call.workspace(), call.ctx, input, call.at),
  'incidents.update': (input, call) => updateIncident(call.workspace(), call.ctx, input, call.at),
  'incidents.file': (input, call) => fileIncident(call.workspace(), call.ctx, input.id, call.at),
  'incidents.close': (input, call) => closeIncident(call.workspace(), call.ctx, input.id, call.at),
  'incidents.get': (input, call) => getIncident(call.workspace(), input.id, call.at),
  'incidents.list': (input, call) => listIncidents(call.workspace(), input, call.at),
  'incidents.print': (input, call) => printIncident(call.workspace(), call.deps, call.ctx, input, call.at),
  'packages.export': (input, call) => exportIncidents(call.workspace(), call.deps, call.ctx, input, call.at),
  'packages.verify': (input, call) => verifyPackage(call.workspace(), call.deps, call.ctx, input, call.at),
  'packages.import': (input, call) => importPackage(call.workspace(), call.deps, call.ctx, input, call.at),
  'packages.receipt': (input, call) => issueReceipt(call.workspace(), call.deps, call.ctx, input, call.at),
  'packages.list': (_input, call) => listPackages(call.workspace()),
  'packages.cover': (input, call) => printPackageCover(call.workspace(), call.deps, call.ctx, input, call.at),
  'agreements.list': (_input, call) => listAgreements(call.workspace()),
  'agreements.get': (input, call) => getAgreement(call.workspace(), input.code),
  'agreements.updateEquivalences': (input, call) => updateEquivalences(call.workspace(), call.ctx, input, call.at),
};

export function requireWorkspace(deps: Deps): Workspace {
  const ws = deps.host.workspace();
  if (!ws) throw new AppError('LOCKED');
  return ws;
}
