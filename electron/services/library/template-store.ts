import type { DatabaseSync } from 'node:sqlite';
import type { UserTemplate } from '../../../core/templates/user-template.ts';

/**
 * Storage of the writer's templates (the `user_templates` table): a few dozen texts at
 * most, so listing reads them all. Saving under an id that is there replaces that template.
 */
export type TemplateStore = {
  all(): UserTemplate[];
  find(id: string): UserTemplate | null;
  /** Creates or replaces by id; true if one was replaced. */
  put(template: UserTemplate): boolean;
  remove(id: string): boolean;
};

type Row = { id: string; name: string; updated_at: string; text: string };
const fromRow = (row: Row): UserTemplate => ({ id: row.id, name: row.name, text: row.text, updatedAt: row.updated_at });

export function createTemplateStore(db: DatabaseSync): TemplateStore {
  const everything = db.prepare('SELECT id, name, updated_at, text FROM user_templates ORDER BY name COLLATE NOCASE, id');
  const byId = db.prepare('SELECT id, name, updated_at, text FROM user_templates WHERE id = ?');
  const upsert = db.prepare(
    'INSERT INTO user_templates (id, name, updated_at, text) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at, text = excluded.text',
  );
  const remove = db.prepare('DELETE FROM user_templates WHERE id = ?');
  return {
    all: () => (everything.all() as Row[]).map(fromRow),
    find(id) {
      const row = byId.get(id) as Row | undefined;
      return row ? fromRow(row) : null;
    },
    put(template) {
      const existed = byId.get(template.id) !== undefined;
      upsert.run(template.id, template.name, template.updatedAt, template.text);
      return existed;
    },
    remove: (id) => Number(remove.run(id).changes) > 0,
  };
}
