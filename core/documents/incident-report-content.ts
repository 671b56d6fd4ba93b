import type { Agreement } from '../domain/agreements.ts';
import { INCIDENT_TYPE_INFO, type IncidentItemRef, type IncidentRecord } from '../domain/incidents.ts';
import { vietnamDate } from '../domain/items.ts';
import { type Level, LEVEL_NAMES } from '../shared/levels.ts';
import { vnDate } from '../domain/register-layout.ts';
import type { UnitDocumentSettings } from '../domain/document-settings.ts';
import {
  type AdminHeader,
  archiveLine,
  numberLine,
  placeDateLine,
  type Signature,
  signatureOf,
} from './admin-document.ts';

export type AgreementInfo = Pick<Agreement, 'code' | 'counterpartyNameVi' | 'titleVi' | 'competentAuthorityVn'>;

/** Everything the printed report is made of; the service gathers it from the register. */
export interface IncidentReportInput {
  record: IncidentRecord;
  /** The unit's symbol, for the blank number of a draft ("Số:   /BC-SNVTDL"). */
  documentSymbol: string;
  /** Parent body, place, signer and the "Lưu" line: the settings, with what this print names instead. */
  unit: UnitDocumentSettings;
  /** The agreements the report's items fall under, by code. */
  agreements: Record<string, AgreementInfo>;
  /** For a follow-up report: the first report of its chain. */
  firstReport: { number: string | null; filedAt: string | null } | null;
  printedAt: string;
  auditHead: { seq: number; hash: string };
  copies: number;
  training: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  /** A paragraph; `lead` ("1. Loại sự việc:") is set in bold before the text. */
  | { kind: 'para'; lead?: string; text: string }
  | { kind: 'table'; headers: string[]; widths: number[]; rows: string[][] };

export interface ReportContent {
  title: string;
  level: Level;
  /** Not yet filed: no number, no date, marked BẢN NHÁP on every page. */
  draft: boolean;
  header: AdminHeader;
  addressee: string;
  blocks: Block[];
  signature: Signature;
  recipients: string[];
}

export const DRAFT_MARK = 'BẢN NHÁP';

/** "13 giờ 30 phút ngày 23/11/2026" in Vietnam time (UTC+7), whatever offset the time was entered with. */
export function vietnamTimeText(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} phút ngày ${vnDate(local.slice(0, 10))}`;
}

const bookWord = (ref: IncidentItemRef) => (ref.book === 'outgoing' ? 'Đi' : 'Đến');

/** Free text as paragraphs: one per line the writer typed. */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** A clause: its lead on the first paragraph, the writer's further lines as paragraphs of their own. */
function clause(lead: string, text: string): Block[] {
  const [first = '', ...rest] = paragraphs(text);
  return [{ kind: 'para', lead, text: first }, ...rest.map((t): Block => ({ kind: 'para', text: t }))];
}

/** "Việt Nam - Lào" for a known agreement, its code otherwise, a dash for a domestic item. */
function agreementLabel(input: IncidentReportInput, code: string | null): string {
  if (!code) return '—';
  const agreement = input.agreements[code];
  return agreement ? `Việt Nam - ${agreement.counterpartyNameVi}` : code;
}

/** The items by register number, level and agreement — never their summaries (a report must not spread them). */
function itemTable(input: IncidentReportInput): Block {
  return {
    kind: 'table',
    headers: ['STT', 'Sổ/số đăng ký', 'Số, ký hiệu', 'Ngày', 'Độ mật', 'Hiệp định'],
    widths: [6, 17, 22, 13, 12, 20],
    rows: input.record.items.map((ref, i) => [
      String(i + 1),
      `${bookWord(ref)} ${ref.registerNo}/${ref.registerYear}`,
      ref.docNumber,
      vnDate(ref.docDate),
      LEVEL_NAMES[ref.level],
      agreementLabel(input, ref.agreement),
    ]),
  };
}

/** Section V: who should tell the foreign party, under which agreement; "Không" when no notice is asked. */
function foreignNotice(input: IncidentReportInput): Block[] {
  if (!input.record.foreignPartyNotice) return [{ kind: 'para', text: 'Không.' }];
  const codes = [...new Set(input.record.items.map((i) => i.agreement).filter((c) => c !== null))];
  const known = codes.map((c) => input.agreements[c]).filter((a) => a !== undefined);
  if (known.length === 0)
    return [{ kind: 'para', text: 'Đề nghị Bộ Công an thông báo cho phía nước ngoài có liên quan theo Hiệp định.' }];
  return known.map((a) => ({
    kind: 'para',
    text: `Đề nghị ${a.competentAuthorityVn} thông báo cho phía ${a.counterpartyNameVi} theo ${a.titleVi}.`,
  }));
}

/**
 * The incident report (báo cáo đột xuất, DOMAIN §1.10) as text blocks: I. what happened, II. the items, III. the
 * measures taken, IV. remedy and follow-up, V. notice to the foreign party.
 */
export function incidentReportContent(input: IncidentReportInput): ReportContent {
  const { record } = input;
  const type = INCIDENT_TYPE_INFO[record.type];
  const what = `tài liệu mật ${type.name.toLowerCase()}`;
  const draft = record.reportNumber === null;
  const first = input.firstReport;
  // A follow-up names the filed report it follows (a draft cannot be followed up, so it has a number).
  const note =
    record.version > 1
      ? `(Báo cáo tiếp theo lần ${record.version - 1}${first?.number ? ` của báo cáo số ${first.number}` : ''}${
          first?.filedAt ? ` ngày ${vnDate(vietnamDate(first.filedAt))}` : ''
        })`
      : null;
  const issued = record.filedAt ? vietnamDate(record.filedAt) : null;
  const header: AdminHeader = {
    parentBody: input.unit.parentBody,
    issuingBody: record.unitName,
    numberLine: numberLine(record.reportNumber, 'BC', input.documentSymbol),
    placeDateLine: placeDateLine(input.unit.placeName, issued, Number(vietnamDate(input.printedAt).slice(0, 4))),
    docType: 'BÁO CÁO',
    summary: `Về việc ${what}`,
    note,
  };
  const blocks: Block[] = [
    {
      kind: 'para',
      text: `Thực hiện quy định về báo cáo đột xuất khi tài liệu bí mật nhà nước bị lộ, bị mất hoặc có nguy cơ bị xâm phạm, ${record.unitName} báo cáo như sau:`,
    },
    { kind: 'heading', text: 'I. TÌNH HÌNH SỰ VIỆC' },
    { kind: 'para', lead: '1. Loại sự việc:', text: `${type.name}. ${type.definition}` },
    { kind: 'para', lead: '2. Thời gian, địa điểm', text: '' },
    { kind: 'para', text: `a) Thời điểm phát hiện: ${vietnamTimeText(record.discoveredAt)} (giờ Việt Nam).` },
    { kind: 'para', text: `b) Nơi xảy ra: ${record.place}.` },
    ...clause('3. Diễn biến, hoàn cảnh:', record.circumstances),
    ...clause('4. Người liên quan:', record.personsInvolved ?? 'Chưa xác định.'),
    { kind: 'heading', text: 'II. TÀI LIỆU LIÊN QUAN' },
    {
      kind: 'para',
      text: `Tổng số ${record.items.length} tài liệu, vật chứa bí mật nhà nước, theo sổ đăng ký của đơn vị:`,
    },
    itemTable(input),
    { kind: 'heading', text: 'III. BIỆN PHÁP ĐÃ XỬ LÝ' },
    ...paragraphs(record.measures).map((text): Block => ({ kind: 'para', text })),
    { kind: 'heading', text: 'IV. KHẮC PHỤC HẬU QUẢ, THEO DÕI TIẾP' },
    ...paragraphs(record.remedy ?? 'Chưa có.').map((text): Block => ({ kind: 'para', text })),
    { kind: 'heading', text: 'V. THÔNG BÁO CHO PHÍA NƯỚC NGOÀI' },
    ...foreignNotice(input),
    {
      kind: 'para',
      text: `Trên đây là báo cáo đột xuất của ${record.unitName} về việc ${what}, kính báo cáo ${record.addressee} xem xét, chỉ đạo./.`,
    },
  ];
  return {
    title: `Báo cáo ${record.reportNumber ?? DRAFT_MARK.toLowerCase()} về việc ${what}`,
    level: record.level,
    draft,
    header,
    addressee: record.addressee,
    blocks,
    signature: signatureOf(input.unit.signer),
    recipients: ['- Như trên;', archiveLine(input.unit.archiveUnit, input.unit.archiveCopies)],
  };
}
