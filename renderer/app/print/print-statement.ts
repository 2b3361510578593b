import type { Statement } from '../../../core/statement/schema.ts';
import { messagesNow } from '../../i18n/messages.ts';
import { studio } from '../../studio.ts';
import { printMessages } from './messages.ts';

/**
 * File > Print: the statement goes to the main process, which lays it out as the PDF
 * export does and opens the system print dialog on it. Only a failure needs saying; a
 * cancelled dialog is the writer's own choice.
 */
export async function printStatement(statement: Statement, showError: (title: string, message: string) => void): Promise<void> {
  const result = await studio.print.run({ title: statement.meta.title, statementJson: JSON.stringify(statement), options: {} });
  if (!result.ok) showError(messagesNow(printMessages).failedTitle, result.message);
}
