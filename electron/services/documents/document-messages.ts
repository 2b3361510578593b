import { defineMessages } from '../../../core/i18n/define-messages.ts';

const q = (name: string) => `“${name}”`;
const ru = (name: string) => `«${name}»`;

/**
 * What the documents service tells the writer, in the interface language. The reasons of
 * fs-errors.ts go after the colon; a damaged file's details (a path into the file) stay as
 * the checker wrote them, since they are for a support request more than for the writer.
 */
export const documentMessages = defineMessages({
  en: {
    couldNot: (action: 'open' | 'save', name: string, reason: string) => `Could not ${action} ${q(name)}: ${reason}.`,
    notAFile: (name: string) => `Could not open ${q(name)}: it is not a file.`,
    tooLargeToOpen: (name: string, mib: number, limit: number) => `Could not open ${q(name)}: the file is ${mib} MiB; no statement is larger than ${limit} MiB.`,
    notUtf8: (name: string) => `Could not open ${q(name)}: The file is not UTF-8 text, so it cannot be a statement.`,
    openPrefix: (name: string) => `Could not open ${q(name)}`,
    tooLargeToSave: (name: string, limit: number) => `Could not save ${q(name)}: the statement is larger than ${limit} MiB.`,
    wouldNotOpen: (name: string, detail: string) => `Could not save ${q(name)}: the document is damaged and would not open again. ${detail}`,
    movedOrDeleted: (name: string, saved: boolean) => `Another program moved or deleted ${q(name)} since ${saved ? 'you last saved it' : 'you opened it'}. Saving now would write it again at the same place.`,
    createdMeanwhile: (name: string, saved: boolean) => `Another program created a file named ${q(name)} since ${saved ? 'you last saved it' : 'you opened it'}. Saving now would replace it.`,
    changedMeanwhile: (name: string, saved: boolean) => `Another program changed ${q(name)} since ${saved ? 'you last saved it' : 'you opened it'}. Saving now would replace those changes.`,
    saveDialogFailed: (reason: string) => `Could not show the Save dialog: ${reason}.`,
    openDialogFailed: (reason: string) => `Could not show the Open dialog: ${reason}.`,
    nameTaken: (name: string) => `Could not save ${q(name)}: a file with that name already exists. Choose it in the Save dialog to replace it, or pick another name.`,
    notOpenSaveAs: 'This statement is not open any more, so it cannot be saved. Use Save As to keep a copy.',
    notOpenSave: 'This statement is not open any more, so it cannot be saved.',
    notOpen: 'This statement is not open any more.',
    invalidNew: (detail: string) => `The new statement is not valid: ${detail}`,
    recentUnreadable: (reason: string) => `Could not read the list of recent statements: ${reason}.`,
    recoveryWriteFailed: (name: string, reason: string) => `Could not write the recovery copy of ${q(name)}: ${reason}.`,
    recoveryFolderUnreadable: (reason: string) => `Could not read the recovery folder: ${reason}.`,
    recoveryOfOpen: 'That recovery copy belongs to a statement that is open now.',
    recoveryGone: 'That recovery copy no longer exists or cannot be read.',
    recoveryDeleteFailed: (reason: string) => `Could not delete the recovery copy: ${reason}.`,
  },
  ru: {
    couldNot: (action: 'open' | 'save', name: string, reason: string) => `Не удалось ${action === 'open' ? 'открыть' : 'сохранить'} ${ru(name)}: ${reason}.`,
    notAFile: (name: string) => `Не удалось открыть ${ru(name)}: это не файл.`,
    tooLargeToOpen: (name: string, mib: number, limit: number) => `Не удалось открыть ${ru(name)}: размер файла ${mib} МиБ, а заявление не бывает больше ${limit} МиБ.`,
    notUtf8: (name: string) => `Не удалось открыть ${ru(name)}: это не текст в кодировке UTF-8, значит, и не заявление.`,
    openPrefix: (name: string) => `Не удалось открыть ${ru(name)}`,
    tooLargeToSave: (name: string, limit: number) => `Не удалось сохранить ${ru(name)}: заявление больше ${limit} МиБ.`,
    wouldNotOpen: (name: string, detail: string) => `Не удалось сохранить ${ru(name)}: документ повреждён и не откроется снова. ${detail}`,
    movedOrDeleted: (name: string, saved: boolean) => `Другая программа переместила или удалила ${ru(name)} после того, как вы ${saved ? 'сохранили его' : 'его открыли'}. Если сохранить сейчас, файл будет записан на прежнее место.`,
    createdMeanwhile: (name: string, saved: boolean) => `Другая программа создала файл ${ru(name)} после того, как вы ${saved ? 'сохранили заявление' : 'открыли заявление'}. Если сохранить сейчас, он будет заменён.`,
    changedMeanwhile: (name: string, saved: boolean) => `Другая программа изменила ${ru(name)} после того, как вы ${saved ? 'сохранили его' : 'его открыли'}. Если сохранить сейчас, эти изменения пропадут.`,
    saveDialogFailed: (reason: string) => `Не удалось показать окно сохранения: ${reason}.`,
    openDialogFailed: (reason: string) => `Не удалось показать окно открытия: ${reason}.`,
    nameTaken: (name: string) => `Не удалось сохранить ${ru(name)}: файл с таким именем уже есть. Выберите его в окне сохранения, чтобы заменить, или дайте другое имя.`,
    notOpenSaveAs: 'Это заявление уже закрыто, поэтому его нельзя сохранить. Чтобы сохранить копию, используйте «Сохранить как».',
    notOpenSave: 'Это заявление уже закрыто, поэтому его нельзя сохранить.',
    notOpen: 'Это заявление уже закрыто.',
    invalidNew: (detail: string) => `Новое заявление составлено неверно: ${detail}`,
    recentUnreadable: (reason: string) => `Не удалось прочитать список недавних заявлений: ${reason}.`,
    recoveryWriteFailed: (name: string, reason: string) => `Не удалось записать резервную копию ${ru(name)}: ${reason}.`,
    recoveryFolderUnreadable: (reason: string) => `Не удалось прочитать папку резервных копий: ${reason}.`,
    recoveryOfOpen: 'Эта резервная копия относится к заявлению, которое сейчас открыто.',
    recoveryGone: 'Этой резервной копии больше нет, или её не удаётся прочитать.',
    recoveryDeleteFailed: (reason: string) => `Не удалось удалить резервную копию: ${reason}.`,
  },
});

export type DocumentMessages = (typeof documentMessages)['en'];
