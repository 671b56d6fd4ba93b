import type { Messages } from '../../ui/i18n/messages.ts';

/** English texts of the document settings (same keys as document-texts.vi.ts). */
export const documentSettingsEn: Messages['documentSettings'] = {
  heading: 'Document settings',
  intro:
    'What the unit’s documents print besides its name: incident reports, register book covers, handover receipts, key sheets, package covers. A setting left empty leaves its place blank on paper (never a “…”) and the preview says it is missing.',
  placeName: 'Place name',
  placeNameHint:
    'The administrative unit where the unit has its seat, printed before the date: “Đắk Lắk, ngày 05 tháng 01 năm 2026”. At most 60 characters.',
  parentBody: 'Parent body',
  parentBodyHint:
    'The top line of the document header, above the unit’s name, e.g. “Ủy ban nhân dân tỉnh Đắk Lắk”. Leave it empty if the unit has no parent body.',
  archiveUnit: 'Drafting unit’s abbreviation (“Lưu” line)',
  archiveUnitHint: 'E.g. PA03 for the last line of “Nơi nhận”: “- Lưu: VT, PA03 (01).”',
  archiveCopies: 'Copies kept',
  archiveCopiesHint:
    '1 to 20 copies the unit keeps. An incident report is registered with these plus the one sent; it is also the default number of copies printed.',
  signerHeading: 'Default signer',
  signerIntro:
    'The signature block of incident reports (Decree 30/2020). A report’s print may name another signer or place for that print.',
  signingAuthority: 'Signing authority',
  signingAuthorityHint: 'Type a few letters (e.g. “kt”), then Enter.',
  authorities: {
    direct: 'The head signs in person',
    KT: 'KT. — a deputy signs for the head',
    TL: 'TL. — signed by order of the head',
    TUQ: 'TUQ. — signed under the head’s authorisation',
    Q: 'Q. — acting head',
    TM: 'TM. — on behalf of the collective leadership',
  },
  signerHeadTitle: 'Head’s title',
  signerHeadTitleHint: 'Printed after the authority’s abbreviation, e.g. “Giám đốc” for “KT. GIÁM ĐỐC”.',
  signerCollective: 'Name of the collective',
  signerCollectiveHint: 'Printed after “TM.”, e.g. “Ủy ban nhân dân” for “TM. ỦY BAN NHÂN DÂN”.',
  signerTitle: 'Signer’s title',
  signerTitleHint: 'The signer’s official position, e.g. “Phó Giám đốc”; printed in capitals.',
  signerName: 'Signer’s full name',
  signerNameHint: 'Family, middle and given names; no academic titles.',
  save: 'Save document settings',
  saved: 'Document settings saved.',
  missingTitle: 'This document lacks settings:',
  missingHowTo:
    'The administrator or the security officer sets them under Administration → Documents. What is missing is left blank on paper to write by hand.',
  missing: {
    placeName: 'No place name in the settings: the date line has no place.',
    parentBody: 'No parent body in the settings: the header shows the unit’s name only.',
    archiveUnit: 'No drafting unit abbreviation in the settings: the “Lưu” line shows “VT” only.',
    signerHeadTitle: 'No head’s title (after KT., TL., TUQ., Q. or TM.) in the settings.',
    signerTitle: 'No signer’s title in the settings: left blank for the signer to write.',
    signerName: 'No signer’s name in the settings: left blank for the signer to write.',
  },
};
