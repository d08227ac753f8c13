/**
 * Human-readable byte sizes for messages: `105 MB`, `12.5 KB`, `300 bytes`
 * (binary multiples, labelled MB/KB as users say them).
 */
const KB = 1024;
const MB = 1024 * 1024;

export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${round1(bytes / MB)} MB`;
  if (bytes >= KB) return `${round1(bytes / KB)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

function round1(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
