/**
 * Zero-filled typed arrays for per-field scratch (sentence contexts, negator and false-friend
 * masks) carved out of large shared chunks. A typed array longer than a few dozen elements gets
 * its own off-heap backing store, which measured ≈1–2 µs per allocation here (plus GC pressure
 * from external memory), more than the work done with it; a view on a chunk costs ≈0.1 µs.
 * Chunks are never reused: a view stays valid and independent for as long as it is referenced,
 * and a chunk is collected with its last view.
 */

const CHUNK = 1 << 16;

let u8Chunk = new Uint8Array(CHUNK);
let u8Used = 0;
let u32Chunk = new Uint32Array(CHUNK);
let u32Used = 0;

/** A fresh zero-filled Uint8Array of length n. */
export function allocU8(n: number): Uint8Array {
  if (n > CHUNK >> 2) return new Uint8Array(n);
  if (u8Used + n > CHUNK) {
    u8Chunk = new Uint8Array(CHUNK);
    u8Used = 0;
  }
  u8Used += n;
  return u8Chunk.subarray(u8Used - n, u8Used);
}

/** A fresh zero-filled Uint32Array of length n. */
export function allocU32(n: number): Uint32Array {
  if (n > CHUNK >> 2) return new Uint32Array(n);
  if (u32Used + n > CHUNK) {
    u32Chunk = new Uint32Array(CHUNK);
    u32Used = 0;
  }
  u32Used += n;
  return u32Chunk.subarray(u32Used - n, u32Used);
}

/** A copy of `a` twice as long, the new half zero: how the growable parallel scratch arrays grow. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(a: Float64Array): Float64Array<ArrayBuffer>;
export function doubled(a: Int32Array | Float64Array): Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> {
  const b = a instanceof Int32Array ? new Int32Array(a.length * 2) : new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
