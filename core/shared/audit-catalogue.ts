/**
 * Every action and entity the audit log can record, with the words the audit screen shows for them. Services and
 * db/ write only these (the audit port types `action` and `entity` from this file, so an unlisted code does not
 * compile); the renderer imports the same object for its filter and labels, so a label cannot be forgotten.
 * Stored events keep their code for ever: a renamed action would leave old events unlabelled, so codes only grow.
 * Pure values, no I/O: the renderer imports this module.
 */
export interface AuditLabel {
  vi: string;
  en: string;
}

export const AUDIT_ACTIONS = {
  'session.unlocked': { vi: 'Mở khóa sổ', en: 'Register unlocked' },
  'session.locked': { vi: 'Khóa sổ', en: 'Register locked' },
  'session.unlock_failed': { vi: 'Mở khóa không thành công', en: 'Failed unlock' },
  'session.recovered': { vi: 'Khôi phục bằng mã khôi phục', en: 'Recovered with the recovery code' },
  'user.lockout_cleared': {
    vi: 'Gỡ khóa tài khoản sau khi khôi phục bằng mã',
    en: 'Account lockout cleared (recovery code)',
  },
  'key.revealed': {
    vi: 'Xem khóa mã hóa sổ bằng mã khôi phục',
    en: 'Register encryption key revealed with the recovery code',
  },
  'user.created': { vi: 'Thêm người dùng', en: 'User added' },
  'user.roles_changed': { vi: 'Đổi vai trò', en: 'Roles changed' },
  'user.password_reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'user.password_changed': { vi: 'Tự đổi mật khẩu', en: 'Own password changed' },
  'user.disabled': { vi: 'Vô hiệu hóa người dùng', en: 'User disabled' },
  'item.registered': { vi: 'Vào sổ', en: 'Registered' },
  'item.viewed': { vi: 'Xem chi tiết (Tuyệt mật)', en: 'Details viewed (Top Secret)' },
  'item.imported': { vi: 'Nhập từ sổ cũ', en: 'Imported from an old register' },
  'items.imported': { vi: 'Nhập sổ cũ từ Excel', en: 'Old register imported from Excel' },
  'items.exported': { vi: 'Xuất sổ ra Excel', en: 'Register exported to Excel' },
  'document.printed': { vi: 'In tài liệu (máy in hoặc tệp PDF)', en: 'Document printed (printer or PDF file)' },
  'document.exported': { vi: 'Xuất tài liệu (DOCX)', en: 'Document exported (DOCX)' },
  'agreement.equivalences.replaced': { vi: 'Sửa bảng tương đương độ mật', en: 'Equivalence table changed' },
  'settings.changed': { vi: 'Đổi thiết lập', en: 'Settings changed' },
  'backup.created': { vi: 'Sao lưu sổ', en: 'Register backed up' },
  'key.rotated': { vi: 'Đổi khóa sổ', en: 'Register key changed' },
  'audit.redacted': { vi: 'Xóa giá trị nhập nhầm', en: 'Mistaken value removed' },
  'audit.checked': { vi: 'Kiểm tra nhật ký hằng ngày', en: 'Daily audit check' },
  'access.denied': { vi: 'Bị từ chối (không có quyền)', en: 'Refused (no permission)' },
  'register.created': { vi: 'Tạo sổ đăng ký', en: 'Register created' },
  'reference.seeded': { vi: 'Nạp dữ liệu tham chiếu', en: 'Reference data loaded' },
  'incident.drafted': { vi: 'Lập bản nháp báo cáo sự cố', en: 'Incident report drafted' },
  'incident.edited': { vi: 'Sửa bản nháp báo cáo sự cố', en: 'Incident draft edited' },
  'incident.filed': { vi: 'Lập báo cáo sự cố', en: 'Incident report filed' },
  'incident.exported': { vi: 'Ghi báo cáo sự cố vào gói', en: 'Incident report written to a package' },
  'incident.acknowledged': { vi: 'Báo cáo sự cố được xác nhận đã nhận', en: 'Incident report acknowledged' },
  'incident.closed': { vi: 'Kết thúc theo dõi báo cáo sự cố', en: 'Incident report closed' },
  'keys.generated': { vi: 'Tạo khóa của đơn vị', en: 'Unit keys created' },
  'keys.trusted': { vi: 'Tin cậy khóa đối tác', en: 'Partner key trusted' },
  'keys.revoked': { vi: 'Thu hồi khóa đối tác', en: 'Partner key revoked' },
  'package.sequenceReserved': { vi: 'Giữ số thứ tự gói', en: 'Package number reserved' },
  'package.exportFailed': {
    vi: 'Xuất gói không thành (xóa tệp, trả lại số thứ tự)',
    en: 'Package export failed (file removed, number given back)',
  },
  'package.exported': { vi: 'Ghi gói mang tay', en: 'Hand-carry package written' },
  'package.imported': { vi: 'Nhập gói', en: 'Package imported' },
  'package.rejected': {
    vi: 'Từ chối gói (hỏng, sai khóa hoặc bị can thiệp)',
    en: 'Package refused (damaged, wrong key or tampered)',
  },
  'package.receiptIssued': { vi: 'Ghi gói biên nhận', en: 'Receipt package written' },
  'package.acknowledged': { vi: 'Gói đã gửi được xác nhận', en: 'Sent package acknowledged' },
} as const satisfies Record<string, AuditLabel>;

export const AUDIT_ENTITIES = {
  user: { vi: 'Người dùng', en: 'User' },
  item: { vi: 'Mục trong sổ', en: 'Register entry' },
  agreement: { vi: 'Hiệp định', en: 'Agreement' },
  register: { vi: 'Sổ đăng ký', en: 'Register' },
  settings: { vi: 'Thiết lập', en: 'Settings' },
  reference: { vi: 'Dữ liệu tham chiếu', en: 'Reference data' },
  channel: { vi: 'Yêu cầu bị từ chối', en: 'Refused request' },
  document: { vi: 'Tài liệu', en: 'Document' },
  incident: { vi: 'Báo cáo sự cố', en: 'Incident report' },
  package: { vi: 'Gói mang tay', en: 'Hand-carry package' },
  package_sequence: { vi: 'Số thứ tự gói', en: 'Package number' },
  keys: { vi: 'Khóa của đơn vị', en: 'Unit keys' },
  trusted_key: { vi: 'Khóa đối tác được tin cậy', en: 'Trusted partner key' },
} as const satisfies Record<string, AuditLabel>;

/**
 * Families of actions the audit filter offers as one choice (the part of the code before the first dot); every
 * action belongs to one, which the catalogue test checks.
 */
export const AUDIT_ACTION_GROUPS = {
  session: { vi: 'Mở, khóa sổ', en: 'Unlock, lock' },
  user: { vi: 'Người dùng', en: 'Users' },
  item: { vi: 'Mục trong sổ', en: 'Register entries' },
  items: { vi: 'Nhập, xuất sổ Excel', en: 'Excel import and export' },
  incident: { vi: 'Báo cáo sự cố', en: 'Incident reports' },
  package: { vi: 'Gói mang tay', en: 'Hand-carry packages' },
  keys: { vi: 'Khóa của đơn vị, khóa đối tác', en: 'Unit and partner keys' },
  agreement: { vi: 'Hiệp định', en: 'Agreements' },
  settings: { vi: 'Thiết lập', en: 'Settings' },
  backup: { vi: 'Sao lưu', en: 'Backup' },
  key: { vi: 'Khóa sổ', en: 'Register key' },
  audit: { vi: 'Nhật ký', en: 'Audit log' },
  access: { vi: 'Bị từ chối', en: 'Refusals' },
  document: { vi: 'In, xuất tài liệu', en: 'Printing and export' },
  register: { vi: 'Sổ đăng ký', en: 'Register' },
  reference: { vi: 'Dữ liệu tham chiếu', en: 'Reference data' },
} as const satisfies Record<string, AuditLabel>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;
export type AuditLanguage = keyof AuditLabel;

export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as AuditAction[];
export const AUDIT_ENTITY_CODES = Object.keys(AUDIT_ENTITIES) as AuditEntity[];
export const AUDIT_ACTION_GROUP_CODES = Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[];

/** The label in the chosen language; a code this build does not know (a newer register) shows as itself. */
export function auditActionLabel(action: string, lang: AuditLanguage): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction][lang] : action;
}

export function auditEntityLabel(entity: string, lang: AuditLanguage): string {
  return Object.hasOwn(AUDIT_ENTITIES, entity) ? AUDIT_ENTITIES[entity as AuditEntity][lang] : entity;
}
