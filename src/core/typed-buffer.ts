// A typed array filled by pushes, doubling when full: candidate pairs while blocking, the integer
// streams a validate helper sends back. One growth rule instead of a copy per element type.

type NumberArray = Int32Array | Float64Array;

export class TypedBuffer<T extends NumberArray> {
  data: T;
  length = 0;

  /** `make` builds an array of the element type: `(n) => new Int32Array(n)`. */
  constructor(
    private readonly make: (capacity: number) => T,
    capacity = 1024,
  ) {
    this.data = make(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** A copy of the values pushed, exactly as long. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}
