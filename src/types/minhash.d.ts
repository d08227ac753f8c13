/** Types for the `minhash` package (MinHash signatures and an LSH index), which ships none. */
declare module 'minhash' {
  export class Minhash {
    constructor(config?: { numPerm?: number; seed?: number });
    hashvalues: number[];
    update(value: string): void;
    jaccard(other: Minhash): number;
  }
  const minhash: { Minhash: typeof Minhash };
  export default minhash;
}
