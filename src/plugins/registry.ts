// A registry of named definitions (rules, normalizers, comparators, survivorship strategies,
// view transforms). Built-ins and plugins register the same way; the pipeline only looks up ids.

export interface Definition {
  id: string;
  description: string;
}

export class Registry<T extends Definition> {
  private readonly byId = new Map<string, T>();

  constructor(readonly kind: string) {}

  /** Adds a definition; a later registration with the same id replaces the earlier one, so a
   * plugin can override a built-in deliberately. */
  register(definition: T): this {
    this.byId.set(definition.id, definition);
    return this;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }

  list(): T[] {
    return this.ids().map((id) => this.byId.get(id)!);
  }
}
