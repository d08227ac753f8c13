/**
 * Recognises files that are clearly not documents: by magic bytes (PNG, JPEG, GIF, ZIP,
 * gzip, ELF, ...) and by file extension (images, archives, executables, media, office
 * files). Returns a short lower-case kind such as `png image`, or null for anything else.
 */

interface Magic {
  kind: string;
  offset: number;
  bytes: number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const MAGICS: Magic[] = [
  { kind: 'png image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif image', offset: 0, bytes: ascii('GIF8') },
  { kind: 'tiff image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'tiff image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'icon image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { kind: 'zip archive', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { kind: 'bzip2 archive', offset: 0, bytes: ascii('BZh') },
  { kind: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7z archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'rar archive', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { kind: 'tar archive', offset: 257, bytes: ascii('ustar') },
  { kind: 'elf executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'mach-o executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { kind: 'mach-o executable', offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { kind: 'mach-o executable', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { kind: 'webassembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'microsoft office (ole) file', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'sqlite database', offset: 0, bytes: ascii('SQLite format 3\0') },
  { kind: 'mp3 audio', offset: 0, bytes: ascii('ID3') },
  { kind: 'ogg media', offset: 0, bytes: ascii('OggS') },
  { kind: 'flac audio', offset: 0, bytes: ascii('fLaC') },
  { kind: 'mp4 video', offset: 4, bytes: ascii('ftyp') },
  { kind: 'matroska/webm video', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { kind: 'woff font', offset: 0, bytes: ascii('wOFF') },
  { kind: 'woff2 font', offset: 0, bytes: ascii('wOF2') },
];

function matchesAt(bytes: Uint8Array, offset: number, expected: number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((b, i) => bytes[offset + i] === b);
}

/** The kind of a known binary format from the first bytes of a file (512 are enough), or null. */
export function detectBinaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) {
    if (matchesAt(bytes, magic.offset, magic.bytes)) return magic.kind;
  }
  if (matchesAt(bytes, 0, ascii('RIFF')) && bytes.length >= 12) {
    const sub = String.fromCharCode(...bytes.subarray(8, 12));
    if (sub === 'WEBP') return 'webp image';
    if (sub === 'WAVE') return 'wav audio';
    if (sub.startsWith('AVI')) return 'avi video';
  }
  // Windows executables: "MZ" followed by a PE header at the offset stored at 0x3c.
  if (matchesAt(bytes, 0, ascii('MZ')) && bytes.length >= 0x40) {
    const pe = (bytes[0x3c] ?? 0) | ((bytes[0x3d] ?? 0) << 8);
    if (matchesAt(bytes, pe, ascii('PE\0\0')) || bytes.includes(0)) return 'windows executable';
  }
  return null;
}

const EXTENSION_KINDS: Record<string, string> = {};
const groups: Array<[string, string[]]> = [
  ['image', ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'ico', 'heic', 'heif', 'avif', 'psd', 'raw', 'cr2', 'nef']],
  ['archive', ['zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'iso', 'dmg']],
  ['executable', ['exe', 'dll', 'so', 'dylib', 'bin', 'o', 'a', 'class', 'wasm', 'msi', 'apk', 'deb', 'rpm', 'pyc']],
  ['audio', ['mp3', 'wav', 'flac', 'ogg', 'oga', 'm4a', 'aac', 'opus', 'wma']],
  ['video', ['mp4', 'm4v', 'mov', 'avi', 'mkv', 'webm', 'wmv', 'flv', 'mpg', 'mpeg']],
  ['office document', ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'epub', 'rtf', 'pages', 'key', 'numbers']],
  ['font', ['ttf', 'otf', 'woff', 'woff2', 'eot']],
  ['database', ['sqlite', 'sqlite3', 'db', 'mdb', 'accdb']],
];
for (const [kind, extensions] of groups) {
  for (const ext of extensions) EXTENSION_KINDS[ext] = `${ext} ${kind}`;
}

/** The kind implied by a file name's extension when it names a non-document format, or null. */
export function binaryKindFromExtension(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  if (!match?.[1]) return null;
  return EXTENSION_KINDS[match[1].toLowerCase()] ?? null;
}
