import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import { vietnamDate } from '../domain/items.ts';
import { sampleItem, seededRandom } from '../domain/sample-items.ts';
import type { Workspace } from '../ports/register-host.ts';
import { addItem } from './items.ts';
import { throwIfCancelled } from '../ports/work-control.ts';

const RELEASE_DECISION = {
  approverName: 'Nguyễn Văn Mẫu',
  approverTitle: 'Thứ trưởng Bộ Công an',
  legalBasis: 'Điều 16 Luật 117/2025/QH15 (mẫu)',
  decisionNo: '01/QĐ-MAU',
};

/**
 * Fills a training register with fictional entries through the very same service as real ones (numbering,
 * validation, audit), so a training session shows exactly what the app does. Refused on a real register. All or
 * nothing, in one transaction (each entry's own becomes a savepoint in it): a run that fails part-way leaves no
 * entries behind, so trying again gives the trainer the same book as a first run.
 */
export function populateTraining(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'training.populate'>,
  at: string,
): ChannelOutput<'training.populate'> {
  if (!ws.meta().training) throw new AppError('VALIDATION', 'Chỉ thêm dữ liệu mẫu vào sổ tập huấn, không vào sổ thật.');
  const random = seededRandom(input.seed);
  const today = vietnamDate(at);
  // One transaction for the whole run: a cancel (checked between entries) or a failure leaves the register as it was.
  ws.transact(() => {
    for (let i = 0; i < input.items; i++) {
      if (i % PROGRESS_EVERY === 0) {
        ctx.work?.progress(i, input.items);
        throwIfCancelled(ctx.work);
      }
      addSample(ws, ctx, sampleItem(i, random, today), at);
    }
  });
  ctx.work?.progress(input.items, input.items);
  return { added: input.items };
}

const PROGRESS_EVERY = 25;

function addSample(ws: Workspace, ctx: CallContext, sample: ReturnType<typeof sampleItem>, at: string): void {
  addItem(
    ws,
    ctx,
    {
      ...sample,
      department: null,
      foreignMarking:
        sample.direction === 'incoming' ? (sample.agreement === 'VN-LA' ? 'LAB (mẫu)' : 'RISERVATO (mẫu)') : null,
      levelDeterminedOn: null,
      protectionYears: null,
      protectionReason: null,
      foreignProtectionNote: null,
      handling: {
        namedRecipientOnly: sample.level === 'tuyet_mat',
        channel: 'hand_carry',
        storagePlace: 'Tủ tài liệu mật số 1 (mẫu)',
        copyingAllowed: false,
        returnBy: null,
      },
      approval: sample.direction === 'outgoing' ? { ...RELEASE_DECISION, decisionDate: sample.docDate } : null,
    },
    at,
  );
}
