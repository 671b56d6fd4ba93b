import type { Agreement, Equivalence } from '../../../core/domain/agreements.ts';
import type { ApiErrorShape } from '../../../core/domain/errors.ts';
import { permissionsOf } from '../../../core/domain/permissions.ts';
import { DEFAULT_SETTINGS } from '../../../core/domain/settings.ts';
import type { Role } from '../../../core/domain/roles.ts';
import type { Api } from '../../../renderer/bridge/api-types.ts';

/**
 * A small in-memory stand-in for window.api: enough for one screen, with the same Result shapes and error codes
 * as the router. It does not re-implement validation; a test decides what updateEquivalences answers.
 */
export function agreementFixture(code: 'VN-LA' | 'VN-IT', equivalences: Equivalence[] = []): Agreement {
  const italy = code === 'VN-IT';
  return {
    code,
    counterpartyCountry: italy ? 'IT' : 'LA',
    counterpartyNameVi: italy ? 'I-ta-li-a' : 'Lào',
    counterpartyNameEn: italy ? 'Italy' : 'Laos',
    titleVi: italy
      ? 'Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa I-ta-li-a về cùng trao đổi và bảo vệ thông tin mật'
      : 'Hiệp định về cùng bảo vệ và trao đổi tin mật giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân Lào',
    titleEn: italy ? 'Agreement with Italy' : 'Agreement with Laos',
    signedOn: italy ? '2025-06-26' : '2023-09-29',
    signedAt: italy ? 'Rome, I-ta-li-a' : 'Viêng Chăn, Lào',
    inForceOn: italy ? '2026-01-04' : '2024-04-28',
    duration: italy ? 'Vô thời hạn (Điều 12 Hiệp định)' : null,
    implementingDecisionNo: italy ? '460/QĐ-TTg' : '801/QĐ-TTg',
    implementingDecisionDate: italy ? '2026-03-21' : '2024-08-06',
    competentAuthorityVn: 'Bộ Công an',
    competentAuthorityForeign: italy ? 'Ufficio Centrale per la Segretezza (UCSe)' : null,
    incidentTriggers: italy ? ['exposed', 'lost'] : ['exposed', 'lost', 'at_risk'],
    legalBasis: 'Căn cứ thử nghiệm.',
    equivalences,
    updatedAt: '2026-04-01T03:00:00.000Z',
  };
}

type UpdateAnswer = (input: { code: string; equivalences: Equivalence[] }) => Agreement | ApiErrorShape;

export interface FakeApi {
  api: Api;
  calls: { channel: string; input: unknown }[];
}

export function createFakeApi(options: {
  roles: Role[];
  agreements?: Agreement[];
  onUpdate?: UpdateAnswer;
  /** What session.setup answers; by default REGISTER_EXISTS. */
  onSetup?: () => ApiErrorShape;
}): FakeApi {
  const calls: FakeApi['calls'] = [];
  let agreements = options.agreements ?? [agreementFixture('VN-LA'), agreementFixture('VN-IT')];
  const user = { id: 'u1', name: 'pham.thi.dung', roles: options.roles, department: null };
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const fail = (error: ApiErrorShape) => Promise.resolve({ ok: false as const, error });
  const log = (channel: string, input: unknown) => calls.push({ channel, input });

  const handlers: Partial<Api> = {
    'app.status': (input) => {
      log('app.status', input);
      return ok({
        state: 'unlocked' as const,
        appVersion: '0.1.0',
        appSchemaVersion: 1,
        registerSchemaVersion: 1,
        dbPath: '/tmp/fake.db',
        mode: 'unit' as const,
        unitName: 'Sở Ngoại vụ tỉnh Quảng Trị',
        registerId: 'r1',
        training: false,
        rolesForMode: ['admin', 'security_officer', 'clerk', 'reporter', 'auditor'],
        user,
        auditHead: { seq: 1, hash: 'h' },
        clockBehindMinutes: null,
        auditCheck: null,
        // The real matrix, as app.status computes it: screens must follow it, never a copy.
        permissions: permissionsOf(user),
        settings: DEFAULT_SETTINGS,
      });
    },
    'session.setup': (input) => {
      log('session.setup', input);
      return fail(
        options.onSetup?.() ?? {
          code: 'REGISTER_EXISTS',
          message: 'Sổ đăng ký đã tồn tại ở vị trí này; không ghi đè.',
        },
      );
    },
    'session.unlock': (input) => {
      log('session.unlock', input);
      return fail({ code: 'WRONG_CREDENTIALS', message: 'Tên người dùng hoặc mật khẩu không đúng.' });
    },
    'session.lock': (input) => {
      log('session.lock', input);
      return ok({ locked: true as const });
    },
    'agreements.list': (input) => {
      log('agreements.list', input);
      return ok(agreements);
    },
    'agreements.get': (input) => {
      log('agreements.get', input);
      const found = agreements.find((a) => a.code === input?.code);
      return found ? ok(found) : fail({ code: 'NOT_FOUND', message: 'Không tìm thấy dữ liệu yêu cầu.' });
    },
    'agreements.updateEquivalences': (input) => {
      log('agreements.updateEquivalences', input);
      const request = input as { code: string; equivalences: Equivalence[] };
      const answer = options.onUpdate?.(request) ?? {
        ...(agreements.find((a) => a.code === request.code) as Agreement),
        equivalences: request.equivalences,
      };
      if ('code' in answer && 'message' in answer) return fail(answer as ApiErrorShape);
      agreements = agreements.map((a) => (a.code === request.code ? (answer as Agreement) : a));
      return ok(answer as Agreement);
    },
  };
  // Channels this fake does not model answer like the router does for an unknown one, so a new contract channel
  // never breaks these tests' types or makes a screen hang.
  const api = new Proxy(handlers, {
    get: (target, channel: string) =>
      target[channel as keyof Api] ??
      ((input: unknown) => {
        log(channel, input);
        return fail({ code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không được hỗ trợ.' });
      }),
  }) as Api;
  return { api, calls };
}
