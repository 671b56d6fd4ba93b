import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, groupHash, offerRedaction } from '../../renderer/features/audit/format.ts';
import { vi } from '../../renderer/ui/i18n/vi.ts';

describe('audit screen wording', () => {
  it('every action the filter offers has a Vietnamese label, and every label an action', () => {
    const keys = Object.keys(vi.auditActions);
    for (const action of AUDIT_ACTIONS) expect(keys).toContain(action.replace(/\./g, '_'));
    expect(AUDIT_ACTIONS).toHaveLength(keys.length);
  });

  it('offers redaction only on typed text, never on keys, ids, dates or placeholders', () => {
    expect(offerRedaction('note', 'Trích yếu nhập nhầm')).toBe(true);
    expect(offerRedaction('foreign_marking', 'SEGRETO')).toBe(true);
    for (const field of ['id', 'user_id', 'created_at', 'signed_on', 'position', 'agreement_code', 'vn_level']) {
      expect(offerRedaction(field, 'x')).toBe(false);
    }
    for (const value of ['[đã xóa]', '[thiếu]', '•••', '', 3, null]) expect(offerRedaction('note', value)).toBe(false);
  });

  it('writes a hash in groups of eight for copying onto paper', () => {
    expect(groupHash('a'.repeat(64))).toBe(Array(8).fill('aaaaaaaa').join(' '));
  });
});
