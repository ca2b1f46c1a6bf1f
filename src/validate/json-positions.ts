// A small JSON reader that returns, beside the value, where every value sits in the file: a map
// from JSON Pointer (RFC 6901, the form of ajv's `instancePath`) to offsets. JSON.parse gives
// neither positions of values nor a stable message for its errors (V8's wording changes between
// Node versions), and the validate command needs both to print `file:line:column`.
//
// One pass, each character looked at a bounded number of times: linear in the input. Nesting is
// limited so that a hostile file cannot exhaust the stack.

export interface ValuePosition {
  /** Offset of the value's first character. */
  value: number;
  /** Offset of the opening quote of the member's name, for object members. */
  key?: number;
}

export type PositionMap = Map<string, ValuePosition>;

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export type JsonReadResult =
  | { ok: true; value: unknown; positions: PositionMap; duplicates: Array<{ pointer: string; key: number }> }
  | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 512;

class Failure extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/** "/" and "~" escaped as in RFC 6901, so pointers compare equal to ajv's. */
export function pointerToken(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}

/** The value a JSON Pointer (ajv's `instancePath`) points at in `root`; undefined where there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const token of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token.replace(/~1/gu, '/').replace(/~0/gu, '~')];
  }
  return value;
}

/** A value as JSON for a one-line message, cut at 60 characters. */
export function shortJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n') return 'a line break';
  return JSON.stringify(ch);
}

export function readJson(text: string): JsonReadResult {
  const positions: PositionMap = new Map();
  const duplicates: Array<{ pointer: string; key: number }> = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM is not content

  const skipSpace = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) throw new Failure(i, 'comments are not allowed in JSON');
      else return;
    }
  };

  const readString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Failure(start, 'unterminated string (no closing ")');
      if (c === '"') {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c === '\\') {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9A-Fa-f]{4}$/u.test(hex)) throw new Failure(i, 'bad escape: \\u must be followed by four hexadecimal digits');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          i += 2;
        } else {
          throw new Failure(i, `bad escape \\${e ?? ''} in a string`);
        }
        chunk = i;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) {
        throw new Failure(i, c === '\n' ? 'line break inside a string (write it as \\n, or close the string)' : 'control character inside a string');
      }
      i++;
    }
  };

  const readNumber = (): number => {
    const start = i;
    if (text[i] === '-') i++;
    const digits = (): number => {
      const from = i;
      while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      return i - from;
    };
    if (text[i] === '0') {
      i++;
      if (/[0-9]/u.test(text[i] ?? '')) throw new Failure(start, 'numbers cannot have leading zeros');
    } else if (digits() === 0) {
      throw new Failure(i, `expected a digit, found ${describe(text[i])}`);
    }
    if (text[i] === '.') {
      i++;
      if (digits() === 0) throw new Failure(i, `expected a digit after the decimal point, found ${describe(text[i])}`);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (digits() === 0) throw new Failure(i, `expected a digit in the exponent, found ${describe(text[i])}`);
    }
    return Number(text.slice(start, i));
  };

  const readLiteral = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    throw new Failure(i, `unexpected ${describe(text[i])}: expected a value`);
  };

  const readValue = (pointer: string, depth: number): unknown => {
    skipSpace();
    if (depth > MAX_DEPTH) throw new Failure(i, `nested more than ${MAX_DEPTH} levels deep`);
    const at = i;
    const existing = positions.get(pointer);
    positions.set(pointer, existing ? { ...existing, value: at } : { value: at });
    const c = text[i];
    if (c === '{') return readObject(pointer, depth);
    if (c === '[') return readArray(pointer, depth);
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber();
    if (c === 't') return readLiteral('true', true);
    if (c === 'f') return readLiteral('false', false);
    if (c === 'n') return readLiteral('null', null);
    if (c === undefined) throw new Failure(i, 'unexpected end of the file: expected a value');
    if (c === "'") throw new Failure(i, 'strings must use double quotes (")');
    if (c === ']' || c === '}') throw new Failure(i, `unexpected ${describe(c)}: expected a value`);
    throw new Failure(i, `unexpected ${describe(c)}: expected a value`);
  };

  const readObject = (pointer: string, depth: number): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    i++; // {
    skipSpace();
    if (text[i] === '}') {
      i++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') {
        if (text[i] === "'") throw new Failure(i, 'property names must use double quotes (")');
        throw new Failure(i, `expected a property name in double quotes, found ${describe(text[i])}`);
      }
      const keyAt = i;
      const key = readString();
      const child = `${pointer}/${pointerToken(key)}`;
      if (Object.prototype.hasOwnProperty.call(object, key)) duplicates.push({ pointer: child, key: keyAt });
      positions.set(child, { key: keyAt, value: keyAt });
      skipSpace();
      if (text[i] !== ':') throw new Failure(i, `expected ":" after the property name "${key}", found ${describe(text[i])}`);
      i++;
      // defineProperty: a member named "__proto__" is data, as with JSON.parse.
      Object.defineProperty(object, key, { value: readValue(child, depth + 1), enumerable: true, writable: true, configurable: true });
      skipSpace();
      const c = text[i];
      if (c === '}') {
        i++;
        return object;
      }
      if (c !== ',') throw new Failure(i, `expected "," or "}" after the value of "${key}", found ${describe(c)}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === '}') throw new Failure(comma, 'trailing comma before "}"');
    }
  };

  const readArray = (pointer: string, depth: number): unknown[] => {
    const array: unknown[] = [];
    i++; // [
    skipSpace();
    if (text[i] === ']') {
      i++;
      return array;
    }
    for (;;) {
      array.push(readValue(`${pointer}/${array.length}`, depth + 1));
      skipSpace();
      const c = text[i];
      if (c === ']') {
        i++;
        return array;
      }
      if (c !== ',') throw new Failure(i, `expected "," or "]" after an array item, found ${describe(c)}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === ']') throw new Failure(comma, 'trailing comma before "]"');
    }
  };

  try {
    skipSpace();
    if (i >= text.length) return { ok: false, error: { offset: i, message: 'the file is empty' } };
    const value = readValue('', 0);
    skipSpace();
    if (i < text.length) throw new Failure(i, `unexpected ${describe(text[i])} after the end of the JSON value`);
    return { ok: true, value, positions, duplicates };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, error: { offset: error.offset, message: error.message } };
    throw error;
  }
}
