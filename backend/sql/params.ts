/** Collects positional parameters while SQL text is assembled: `bag.add(v)` → "$3". */
export class ParamBag {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
