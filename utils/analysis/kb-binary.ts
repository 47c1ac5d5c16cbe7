/**
 * The compiled knowledge base as one binary file (the package's kb.bin): its numeric tables as
 * typed-array sections a page reads in place, everything else as a small JSON header. As JSON the
 * same tables took a page ~13 ms to parse (290 kB of numbers); this way decoding costs only the
 * header's parse. Little-endian, as the typed arrays of every platform the extension runs on.
 *
 * Layout: magic (u32) · header length (u32) · header (UTF-8 JSON) · sections, each at a multiple
 * of 8 bytes from the end of the header (also padded to 8). The header is
 * `{ sections: [type, byte offset, count][], value }`, where `value` is the compiled knowledge
 * base with each numeric array replaced by `{ "$section": index }`.
 */
import type { CompiledKnowledgeBase } from './engine';

/** "EXLK" read as a little-endian u32. */
const MAGIC = 0x4b4c5845;

type SectionType = 'i32' | 'f64';
type Section = [type: SectionType, byteOffset: number, count: number];

function isNumbers(value: unknown): value is ArrayLike<number> {
  if (ArrayBuffer.isView(value)) return !(value instanceof DataView);
  return Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'number');
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

export function encodeCompiledKb(kb: CompiledKnowledgeBase): Uint8Array {
  const sections: Section[] = [];
  const values: ArrayLike<number>[] = [];
  let offset = 0;
  const value = JSON.parse(
    JSON.stringify(kb, (_key, v: unknown) => {
      if (!isNumbers(v)) return v;
      const type: SectionType = Array.from(v).every((x) => Number.isInteger(x) && x === (x | 0)) ? 'i32' : 'f64';
      sections.push([type, offset, v.length]);
      values.push(v);
      offset = align8(offset + v.length * (type === 'i32' ? 4 : 8));
      return { $section: sections.length - 1 };
    }),
  ) as unknown;
  const header = new TextEncoder().encode(JSON.stringify({ sections, value }));
  const dataStart = align8(8 + header.length);
  const bytes = new Uint8Array(dataStart + offset);
  const head = new DataView(bytes.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, header.length, true);
  bytes.set(header, 8);
  sections.forEach(([type, at, count], i) => {
    const target = type === 'i32' ? new Int32Array(bytes.buffer, dataStart + at, count) : new Float64Array(bytes.buffer, dataStart + at, count);
    target.set(Array.from(values[i] ?? []));
  });
  return bytes;
}

/** kb.bin as text, for storage (which holds JSON only): base64, natively where the engine has it. */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Decodes kb.bin; throws with what is wrong when the bytes are not one. */
export function decodeCompiledKb(buffer: ArrayBuffer): CompiledKnowledgeBase {
  if (!LITTLE_ENDIAN) throw new Error('knowledge base file: this platform is big-endian');
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not an ExoLens knowledge base file');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > buffer.byteLength) throw new Error('knowledge base file: truncated header');
  const { sections, value } = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))) as { sections: Section[]; value: unknown };
  const dataStart = align8(8 + headerLength);
  const arrays = sections.map(([type, at, count]) => {
    const bytes = count * (type === 'i32' ? 4 : 8);
    if (dataStart + at + bytes > buffer.byteLength) throw new Error('knowledge base file: truncated section');
    return type === 'i32' ? new Int32Array(buffer, dataStart + at, count) : new Float64Array(buffer, dataStart + at, count);
  });
  const revive = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(revive);
    if (typeof v !== 'object' || v === null) return v;
    const index = (v as { $section?: unknown }).$section;
    if (typeof index === 'number') {
      const array = arrays[index];
      if (!array) throw new Error(`knowledge base file: no section ${index}`);
      return array;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
  };
  return revive(value) as CompiledKnowledgeBase;
}
