import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel, groupHash, offerRedaction } from '../../renderer/features/audit/format.ts';

describe('audit screen wording', () => {
  it('words actions and entities in the chosen language, and shows an unknown (newer) code as itself', () => {
    expect(actionLabel('vi', 'key.revealed')).toBe('Xem khóa mã hóa sổ bằng mã khôi phục');
    expect(actionLabel('en', 'key.revealed')).toBe('Register encryption key revealed with the recovery code');
    expect(entityLabel('vi', 'trusted_key')).toBe('Khóa đối tác được tin cậy');
    expect(entityLabel('en-GB', 'package_sequence')).toBe('Package number');
    expect(actionLabel('vi', 'lifecycle.future_action')).toBe('lifecycle.future_action');
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
