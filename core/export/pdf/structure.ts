import type { StructNode, StructRole } from './display-list.ts';

/** The tagged-PDF structure tree, built in document order while the text is laid out. */
export class StructureBuilder {
  readonly nodes: StructNode[] = [];

  add(role: StructRole, parent: number | null, extra: { lang?: string; alt?: string } = {}): number {
    const id = this.nodes.length;
    this.nodes.push({ id, role, parent, ...extra });
    return id;
  }

  parentOf(id: number): number | null {
    return this.nodes[id]?.parent ?? null;
  }
}
