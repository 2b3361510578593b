import type { BlockType } from '../commands.ts';
import { defineMessages } from '../../i18n/messages.ts';

/** The text formats the toolbar has a button for. */
export type ToolbarFormat = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'superscript' | 'subscript';

/** The formatting toolbar and the link dialog. */
export const toolbarMessages = defineMessages({
  en: {
    toolbar: 'Formatting',
    undo: 'Undo',
    undoTitle: 'Undo (Ctrl+Z)',
    redo: 'Redo',
    redoTitle: 'Redo (Ctrl+Y)',
    blockType: 'Block type',
    block: (type: BlockType) =>
      ({ paragraph: 'Body text', h1: 'Heading 1', h2: 'Heading 2', h3: 'Heading 3', quote: 'Quote', bullet: 'Bulleted list', number: 'Numbered list' })[type],
    format: (format: ToolbarFormat) => ({ bold: 'Bold', italic: 'Italic', underline: 'Underline', strikethrough: 'Strikethrough', superscript: 'Superscript', subscript: 'Subscript' })[format],
    link: 'Link',
    linkTitle: 'Link (Ctrl+K)',
    footnote: 'Footnote',
    footnoteTitle: 'Insert footnote (Ctrl+Alt+F)',
    // The link dialog
    linkAddress: 'Link address',
    linkInvalid: 'Enter a web address (http or https) or an email address.',
    removeLink: 'Remove link',
    cancel: 'Cancel',
    updateLink: 'Update',
    addLink: 'Add link',
  },
  ru: {
    toolbar: 'Форматирование',
    undo: 'Отменить',
    undoTitle: 'Отменить (Ctrl+Z)',
    redo: 'Повторить',
    redoTitle: 'Повторить (Ctrl+Y)',
    blockType: 'Тип абзаца',
    block: (type: BlockType) =>
      ({ paragraph: 'Основной текст', h1: 'Заголовок 1', h2: 'Заголовок 2', h3: 'Заголовок 3', quote: 'Цитата', bullet: 'Маркированный список', number: 'Нумерованный список' })[type],
    format: (format: ToolbarFormat) =>
      ({ bold: 'Полужирный', italic: 'Курсив', underline: 'Подчёркнутый', strikethrough: 'Зачёркнутый', superscript: 'Надстрочный', subscript: 'Подстрочный' })[format],
    link: 'Ссылка',
    linkTitle: 'Ссылка (Ctrl+K)',
    footnote: 'Сноска',
    footnoteTitle: 'Вставить сноску (Ctrl+Alt+F)',
    linkAddress: 'Адрес ссылки',
    linkInvalid: 'Введите веб-адрес (http или https) или адрес электронной почты.',
    removeLink: 'Удалить ссылку',
    cancel: 'Отмена',
    updateLink: 'Обновить',
    addLink: 'Добавить ссылку',
  },
});
