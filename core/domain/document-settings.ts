import type { DocumentTextSetting, RegisterSettings, SigningAuthority } from './settings.ts';

/** Who signs a document (ô 7), from the settings or named for one print. */
export interface Signer {
  authority: SigningAuthority;
  headTitle: string | null;
  title: string | null;
  name: string | null;
}

/** What the unit's documents print about the unit itself besides its name. */
export interface UnitDocumentSettings {
  placeName: string | null;
  parentBody: string | null;
  archiveUnit: string | null;
  archiveCopies: number;
  signer: Signer;
}

export function unitDocumentSettings(settings: RegisterSettings): UnitDocumentSettings {
  return {
    placeName: settings.placeName,
    parentBody: settings.parentBody,
    archiveUnit: settings.archiveUnit,
    archiveCopies: settings.archiveCopies,
    signer: {
      authority: settings.signingAuthority,
      headTitle: settings.signerHeadTitle,
      title: settings.signerTitle,
      name: settings.signerName,
    },
  };
}

/**
 * The titles a signing authority prints: signing directly, the signer's own title; "Q.", the head's title it
 * stands before; "KT.", "TL.", "TUQ.", "TM.", the head's title (or the collective) and the signer's own under it.
 */
export function signerTitlesNeeded(authority: SigningAuthority): ('signerHeadTitle' | 'signerTitle')[] {
  if (authority === 'direct') return ['signerTitle'];
  if (authority === 'Q') return ['signerHeadTitle'];
  return ['signerHeadTitle', 'signerTitle'];
}

/** The outputs that print the unit's own settings, and which of them each one prints. */
export type SettingsDocument = 'incident-report' | 'register-book' | 'receipt' | 'key-sheet' | 'package-cover';

const PRINTS: Record<SettingsDocument, readonly ('placeName' | 'parentBody' | 'archiveUnit' | 'signer')[]> = {
  // Ô 2, ô 4, ô 7 and the "Lưu" line of ô 9b.
  'incident-report': ['parentBody', 'placeName', 'signer', 'archiveUnit'],
  // The cover in the Phụ lục IV layout: parent body above the unit.
  'register-book': ['parentBody'],
  // Unclassified sheets that name the unit and the day: parent body above the unit, the place before the date.
  receipt: ['parentBody', 'placeName'],
  'key-sheet': ['parentBody', 'placeName'],
  'package-cover': ['parentBody', 'placeName'],
};

/**
 * The settings a document would print but that are empty, in the order the document shows them. The document then
 * leaves the place blank (or prints without it) rather than a placeholder, and the preview names what to set.
 */
export function missingSettings(document: SettingsDocument, values: UnitDocumentSettings): DocumentTextSetting[] {
  const missing: DocumentTextSetting[] = [];
  for (const what of PRINTS[document]) {
    if (what !== 'signer') {
      if (!values[what]) missing.push(what);
      continue;
    }
    const { signer } = values;
    for (const title of signerTitlesNeeded(signer.authority)) {
      const value = title === 'signerHeadTitle' ? signer.headTitle : signer.title;
      if (!value) missing.push(title);
    }
    if (!signer.name) missing.push('signerName');
  }
  return missing;
}

/** What the CLI says about each empty setting (the app shows its own words, in Vietnamese or English). */
export const MISSING_SETTING_WARNINGS: Record<DocumentTextSetting, string> = {
  placeName: 'Chưa đặt địa danh trong Thiết lập: dòng ngày tháng không có địa danh.',
  parentBody: 'Chưa đặt cơ quan chủ quản trong Thiết lập: đầu văn bản chỉ có tên đơn vị.',
  archiveUnit: 'Chưa đặt chữ viết tắt đơn vị soạn thảo trong Thiết lập: dòng “Lưu” chỉ có “VT”.',
  signerHeadTitle: 'Chưa đặt chức vụ người đứng đầu (sau KT., TL., TUQ., Q. hoặc TM.) trong Thiết lập.',
  signerTitle: 'Chưa đặt chức vụ người ký trong Thiết lập: để trống cho người ký tự ghi.',
  signerName: 'Chưa đặt tên người ký trong Thiết lập: để trống cho người ký tự ghi.',
};
