/** The documents service: open, save and recover statements. Plain Node, no Electron. */
export { nodeAtomicFs, writeFileAtomic, type AtomicFs, type WriteFileAtomicOptions } from './atomic-write.ts';
export {
  createDocumentService,
  type DocumentDialogs,
  type DocumentService,
  type DocumentServiceDeps,
  type SaveOptions,
} from './document-service.ts';
export { displayName, fileNameFromTitle, suggestedFileName, withStatementExtension, UNTITLED_NAME } from './file-names.ts';
export { fileFingerprint, fingerprintOf, sameFingerprint, type FileFingerprint } from './fingerprint.ts';
export { describeFsError, errorCodeOf } from './fs-errors.ts';
export { createRecentDocuments, MAX_RECENT_DOCUMENTS, type RecentDocuments } from './recent-documents.ts';
export {
  createRecoveryJournal,
  isRecoveryId,
  RECOVERY_FORMAT,
  RECOVERY_VERSION,
  type RecoveryFile,
  type RecoveryJournal,
  type RecoveryJournalOptions,
  type RecoveryRecord,
} from './recovery-journal.ts';
