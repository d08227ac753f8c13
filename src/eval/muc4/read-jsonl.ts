/** Reading JSONL files (file-system edge of the MUC-4 evaluation). */
import { readFileSync } from 'node:fs';
import { InputError } from '../../core/errors.ts';
import { Muc4Error, toMuc4Doc, type Muc4Doc } from './muc4-types.ts';

/** Parses every non-blank line of a JSONL file; a bad line throws with its line number. */
export function readJsonl(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    throw new InputError(code, path, code === 'NOT_FOUND' ? 'file not found' : 'cannot read file', error);
  }
  const values: unknown[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      values.push(JSON.parse(line));
    } catch {
      throw new Muc4Error('MUC4_BAD_RECORD', `line ${index + 1} is not valid JSON`, path);
    }
  });
  return values;
}

/** Reads a MUC-4 JSONL file (gold or predictions) and checks every record's shape. */
export function readMuc4Jsonl(path: string): Muc4Doc[] {
  return readJsonl(path).map((value, index) => toMuc4Doc(value, `${path} record ${index + 1}`));
}
