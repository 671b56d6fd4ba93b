import { z } from 'zod';
import type { HostChannelName } from './host-channels.ts';

/** What the save dialog can propose: the printouts, the Excel export, the public key file. */
export const SAVE_FORMATS = ['pdf', 'docx', 'xlsx', 'pub'] as const;
/** What the open dialog can pick: a sealed package from the USB stick. */
export const OPEN_FORMATS = ['cxrpkg'] as const;
/** What a folder is chosen for; the dialog's title says it. */
export const FOLDER_PURPOSES = ['backup', 'package'] as const;

/** The dialogs' answer: the chosen path, or null when the person cancels (or where no dialog exists). */
const chosenPath = z.object({ path: z.string().nullable() });

/**
 * Input and output of the host channels (host-channels.ts). electron/main parses every input with these before it
 * opens a dialog; the renderer uses the types. Answers use the same Result shape as the contract channels. The page
 * never names a folder for a dialog to open in: the dialogs only choose, and what is written is decided (and
 * checked) by the register's own channels.
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
        format: z.enum(SAVE_FORMATS),
      })
      .strict(),
    output: chosenPath,
  },
  /** The open dialog for one existing file of the given kind; never reads it (the register's channel does). */
  'host.chooseOpenPath': {
    input: z.object({ format: z.enum(OPEN_FORMATS) }).strict(),
    output: chosenPath,
  },
  /** The folder dialog (an existing folder, or one made in it); never writes into it. */
  'host.chooseFolder': {
    input: z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(),
    output: chosenPath,
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
/** An input as electron/main reads it after parsing (defaults applied, text trimmed). */
export type HostParsedInput<C extends HostChannel> = z.output<HostContract[C]['input']>;
export type SaveDialogFormat = (typeof SAVE_FORMATS)[number];
export type OpenDialogFormat = (typeof OPEN_FORMATS)[number];
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];
