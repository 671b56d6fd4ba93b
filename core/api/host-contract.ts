import { z } from 'zod';
import type { HostChannelName } from './host-channels.ts';

/**
 * Input and output of the host channels (host-channels.ts). electron/main parses every input with these before it
 * opens a dialog; the renderer uses the types. Answers use the same Result shape as the contract channels.
 */
export const hostContract = {
  /** The save dialog on the main window; `path` is null when the person cancels. Never writes anything itself. */
  'host.chooseSavePath': {
    input: z
      .object({
        /** A file name without folders; the dialog opens in the person's Documents folder. */
        defaultName: z
          .string()
          .trim()
          .min(1)
          .max(120)
          .regex(/^[^/\\:*?"<>|\0]+$/),
        format: z.enum(['pdf', 'docx']),
      })
      .strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /**
   * The system print dialog for the page as it is now (its print CSS shows only the rendered preview pages).
   * `printed` is true once the job went to the printer's queue; `reason` says why not.
   */
  'host.print': {
    input: z.object({}).strict(),
    output: z.object({ printed: z.boolean(), reason: z.enum(['cancelled', 'failed']).nullable() }),
  },
} as const satisfies Record<HostChannelName, { input: z.ZodType; output: z.ZodType }>;

export type HostContract = typeof hostContract;
export type HostChannel = keyof HostContract;
export type HostInput<C extends HostChannel> = z.input<HostContract[C]['input']>;
export type HostOutput<C extends HostChannel> = z.output<HostContract[C]['output']>;
