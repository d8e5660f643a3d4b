// Reads the hostile-input corpus (this folder; the format is in README.md) for the end-to-end tests and their
// server: each case's note and expectation, and its body, generated for the *.gen cases.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const referencePath = `${here}../../data/shaoyang-jingkaiqu-2023-12-22.json`;
const KINDS = ['.json', '.gen', '.query', '.net'];

/** Every case: { name, kind, attack, expect: 'error' | 'loads', fragment }. */
export function cases() {
  return readdirSync(here)
    .filter((name) => KINDS.some((kind) => name.endsWith(kind)))
    .sort()
    .map((name) => {
      const { note } = split(readFileSync(here + name));
      const match = /^# (.+) \| expect: (error|loads)(?: (.+))?$/.exec(note);
      if (!match) throw new Error(`${name}: the first line must read "# <attack> | expect: error|loads [text]"`);
      return { name, kind: name.slice(name.lastIndexOf('.')), attack: match[1], expect: match[2], fragment: match[3] || '' };
    });
}

/** The case's content after its note line, as bytes. */
export function body(name) {
  return split(readFileSync(here + safe(name))).body;
}

/** The `key=value` settings of a .net case. */
export function settings(name) {
  return Object.fromEntries(body(name).toString('utf8').trim().split(/\s+/).map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), pair.slice(at + 1)];
  }));
}

/**
 * The bytes of a .gen case, made from its recipe:
 *   nesting N            N levels of nested arrays as the report
 *   nesting-objects N    N levels of nested objects under an unknown key
 *   long-title N         the reference dataset with an N-byte title
 *   repeat-problems N    the reference problems repeated (new ids) until the file reaches N bytes
 * Returns { bytes, chunked }: chunked asks the server to send it without a Content-Length.
 */
export function generate(name) {
  const [recipe, size, mode] = body(name).toString('utf8').trim().split(/\s+/);
  const n = Number(size);
  const chunked = mode === 'chunked';
  if (recipe === 'nesting') {
    return { bytes: Buffer.from(`{"format_version":1,"report":${'['.repeat(n)}${']'.repeat(n)}}`), chunked };
  }
  if (recipe === 'nesting-objects') {
    return { bytes: Buffer.from(`{"format_version":1,"x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`), chunked };
  }
  const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
  if (recipe === 'long-title') {
    reference.report.title = '整'.repeat(Math.ceil(n / 3));
    return { bytes: Buffer.from(JSON.stringify(reference)), chunked };
  }
  if (recipe === 'repeat-problems') {
    const problems = reference.problems;
    reference.problems = [];
    const [head, tail] = JSON.stringify(reference).split('"problems":[]');
    const parts = [`${head}"problems":[`];
    let length = parts[0].length + tail.length;
    for (let copy = 0; length < n; copy += 1) {
      for (const problem of problems) {
        const text = (copy || parts.length > 1 ? ',' : '') + JSON.stringify({ ...problem, id: `${problem.id}-${copy}` });
        parts.push(text);
        length += Buffer.byteLength(text);
      }
    }
    parts.push(`]${tail}`);
    return { bytes: Buffer.from(parts.join('')), chunked };
  }
  throw new Error(`${name}: unknown recipe ${recipe}`);
}

function split(buffer) {
  const end = buffer.indexOf(0x0a);
  return { note: buffer.subarray(0, end).toString('utf8'), body: buffer.subarray(end + 1) };
}

function safe(name) {
  if (!/^[a-z0-9-]+\.(json|gen|query|net)$/.test(name)) throw new Error(`not a corpus case: ${name}`);
  return name;
}
