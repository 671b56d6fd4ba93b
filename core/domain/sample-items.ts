import type { Level } from '../shared/levels.ts';

/**
 * Fictional but realistic register entries for training sessions (tập huấn) and benchmarks. Deterministic for a
 * seed, so a trainer's exercises and a benchmark's workload are the same every time. Every entry is marked as
 * sample data; no real document, person or number is used.
 */
export const SAMPLE_MARK = 'DỮ LIỆU MẪU — dùng cho tập huấn';

const PROVINCES = [
  'Đắk Lắk',
  'Gia Lai',
  'Kon Tum',
  'Quảng Trị',
  'Nghệ An',
  'Hà Tĩnh',
  'Điện Biên',
  'Sơn La',
  'Thanh Hóa',
  'Quảng Nam',
];
const LAO_PROVINCES = [
  'Chăm-pa-sắc',
  'Át-tạ-pư',
  'Sê Kông',
  'Sa-la-van',
  'Viêng Chăn',
  'Luông Pha-bang',
  'Xiêng Khoảng',
];
const TOPICS = [
  'trao đổi thông tin về an ninh biên giới',
  'phối hợp phòng, chống tội phạm ma túy',
  'kế hoạch tuần tra song phương',
  'bảo vệ bí mật nhà nước trong hợp tác đào tạo',
  'tình hình di cư tự do qua biên giới',
  'hợp tác quản lý cửa khẩu',
  'kết quả hội đàm cấp tỉnh',
  'đề nghị cung cấp tài liệu phục vụ đoàn công tác',
  'phòng, chống buôn lậu gỗ và động vật hoang dã',
  'chuẩn bị chuyến thăm làm việc của đoàn đại biểu',
];
const DOC_TYPES = ['Công văn', 'Báo cáo', 'Thông báo', 'Kế hoạch', 'Biên bản', 'Tờ trình'];
const LA_BODIES = ['Sở An ninh tỉnh (mẫu)', 'Ban Chỉ huy Quân sự tỉnh (mẫu)', 'Văn phòng Tỉnh trưởng (mẫu)'];
const IT_BODIES = ['Đại sứ quán I-ta-li-a (mẫu)', 'Văn phòng liên lạc (mẫu)'];
const UNITS = [
  'Sở Ngoại vụ (mẫu)',
  'Công an tỉnh (mẫu)',
  'Văn phòng UBND tỉnh (mẫu)',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh (mẫu)',
];
const SIGNERS = ['Nguyễn Văn Mẫu', 'Trần Thị Thử', 'Lê Minh Tập', 'Phạm Quốc Huấn', 'Hoàng Thị Luyện'];

/** A small seeded generator (mulberry32): no Math.random, so runs repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleItem {
  direction: 'outgoing' | 'incoming';
  agreement: 'VN-LA' | 'VN-IT';
  foreignBody: string;
  docNumber: string;
  docDate: string;
  docType: string;
  summary: string | null;
  level: Level;
  originator: string;
  recipients: string | null;
  copies: number;
  pages: number;
  notes: string;
}

/** The i-th sample entry; dates fall in the days before `today` (YYYY-MM-DD). */
export function sampleItem(i: number, random: () => number, today: string): SampleItem {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const level: Level = random() < 0.05 ? 'tuyet_mat' : random() < 0.35 ? 'toi_mat' : 'mat';
  const agreement = random() < 0.75 ? 'VN-LA' : 'VN-IT';
  const direction = random() < 0.5 ? 'outgoing' : 'incoming';
  const daysAgo = Math.floor(random() * 300);
  const date = new Date(Date.parse(`${today}T00:00:00Z`) - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const province = pick(PROVINCES);
  const partner = agreement === 'VN-LA' ? `${pick(LA_BODIES)} ${pick(LAO_PROVINCES)}` : pick(IT_BODIES);
  const docType = pick(DOC_TYPES);
  const summary = level === 'tuyet_mat' ? null : `Về việc ${pick(TOPICS)} tại tỉnh ${province} (mẫu)`;
  return {
    direction,
    agreement,
    foreignBody: partner,
    docNumber:
      direction === 'outgoing'
        ? `${100 + (i % 900)}/${docType === 'Công văn' ? 'CV' : 'BC'}-MAU`
        : `${1000 + (i % 9000)}/MAU`,
    docDate: date,
    docType,
    summary,
    level,
    originator: direction === 'outgoing' ? `${pick(SIGNERS)}, ${pick(UNITS)}` : partner,
    recipients: direction === 'outgoing' ? partner : pick(UNITS),
    copies: 1 + Math.floor(random() * 3),
    pages: 1 + Math.floor(random() * 12),
    notes: SAMPLE_MARK,
  };
}
