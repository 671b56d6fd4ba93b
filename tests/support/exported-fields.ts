import type { ChannelOutput } from '../../core/api/contract.ts';
import { vietnamDate } from '../../core/domain/items.ts';

type Item = ChannelOutput<'items.get'>;

/** What `items.exportXlsx` writes of an item, field by field (its combined and author columns split again). */
export function carriedByExport(item: Item) {
  const common = {
    registerYear: item.registerYear,
    registerNo: item.registerNo,
    docNumber: item.docNumber,
    docDate: item.docDate,
    docType: item.docType,
    summary: item.summary,
    level: item.level,
    originator: item.originator,
    recipients: item.recipients,
    agreement: item.agreement,
    foreignBody: item.foreignBody,
    notes: item.notes,
  };
  return item.book === 'outgoing'
    ? { ...common, copies: item.copies, storagePlace: item.handling.storagePlace }
    : { ...common, receivedDate: vietnamDate(item.registeredAt), foreignMarking: item.foreignMarking };
}
