import type { DatabaseSync } from 'node:sqlite';
import type { UiLocale } from '../../../core/i18n/ui-locale.ts';
import { fail, ok, type Result } from '../../../core/ipc/result.ts';
import { parseTemplate } from '../../../core/templates/parse-template.ts';
import { templateIdSchema, templateTextSchema, type UserTemplate } from '../../../core/templates/user-template.ts';
import { libraryMessages } from './library-messages.ts';
import { createTemplateStore } from './template-store.ts';

/** The writer's templates' part of the library service (library-service.ts). */
export type TemplateMethods = {
  /** Every saved template, by name; the window parses each (a broken one is listed with its problems). */
  listTemplates(): Result<UserTemplate[]>;
  /** Saves a template file's text under the id its settings give, replacing one with that id. Text that does not parse is refused with its problems. */
  saveTemplate(text: string): Result<{ template: UserTemplate; replaced: boolean }>;
  getTemplate(id: string): Result<UserTemplate>;
  deleteTemplate(id: string): Result<null>;
};

type Guard = <T>(doing: string, task: (db: DatabaseSync) => Result<T>) => Result<T>;

export function templateMethods(guard: Guard, { now, locale = () => 'en' }: { now: () => Date; locale?: () => UiLocale }): TemplateMethods {
  const stores = new WeakMap<DatabaseSync, ReturnType<typeof createTemplateStore>>();
  const store = (db: DatabaseSync) => {
    let found = stores.get(db);
    if (!found) stores.set(db, (found = createTemplateStore(db)));
    return found;
  };
  const notFound = (id: string) => fail('NOT_FOUND', libraryMessages[locale()].notFound('template', id));
  return {
    listTemplates: () => guard('list your templates', (db) => ok(store(db).all())),
    getTemplate: (id) =>
      guard('read the template', (db) => {
        if (!templateIdSchema.safeParse(id).success) return fail('BAD_ARGUMENTS', 'That is not a template id.');
        const found = store(db).find(id);
        return found ? ok(found) : notFound(id);
      }),
    saveTemplate: (text) =>
      guard('save the template', (db) => {
        if (!templateTextSchema.safeParse(text).success) return fail('BAD_ARGUMENTS', 'The template must be text of at most a million characters.');
        const parsed = parseTemplate(text, 'template', locale());
        if (!parsed.ok) {
          const first = parsed.problems[0]!;
          return fail('BAD_ARGUMENTS', libraryMessages[locale()].templateProblems(parsed.problems.length, first.line, first.message));
        }
        const template: UserTemplate = { id: parsed.template.id, name: parsed.template.name, text, updatedAt: now().toISOString() };
        const replaced = store(db).put(template);
        return ok({ template, replaced });
      }),
    deleteTemplate: (id) => guard('delete the template', (db) => (store(db).remove(id) ? ok(null) : notFound(id))),
  };
}
