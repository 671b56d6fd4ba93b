import { z } from 'zod';
import { channel, noInput } from '../channel-spec.ts';
import { agreementCode, agreementSchema, equivalenceTableSchema } from '../schemas.ts';

export const agreementChannels = {
  'agreements.list': channel({
    summary: 'Danh sách các Hiệp định song phương.',
    access: 'agreements.read',
    input: noInput,
    output: z.array(agreementSchema),
  }),
  'agreements.get': channel({
    summary: 'Một Hiệp định theo mã (VN-LA, VN-IT).',
    access: 'agreements.read',
    input: z.object({ code: agreementCode }).strict(),
    output: agreementSchema,
  }),
  'agreements.updateEquivalences': channel({
    summary: 'Thay bảng tương đương độ mật của một Hiệp định (nhập theo văn bản chính thức của Hiệp định).',
    access: 'agreements.edit',
    input: z.object({ code: agreementCode, equivalences: equivalenceTableSchema }).strict(),
    output: agreementSchema,
  }),
} as const;
