// Writes the xss-*.json corpus cases: the reference dataset with a markup payload in every string field (ids
// and references renamed consistently, so each case still validates and renders). Each payload sets
// window.__zgPwned if it ever runs; tests/e2e/corpus.spec.mjs checks that it never does.
//
//   node tests/corpus/make-xss.mjs      (rewrites the files; they are committed)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const reference = JSON.parse(readFileSync(`${here}../../data/shaoyang-jingkaiqu-2023-12-22.json`, 'utf8'));

// Fields whose values are enums or dates: the format refuses anything else, so a payload there only tests
// validation, which the schema-* cases already do.
const fixed = new Set(['kind', 'action', 'as_of', 'published', 'feedback_date', 'retrieved', 'due', 'start', 'end']);
// Fields that hold ids, or refer to them.
const idFields = new Set(['id', 'unit', 'category', 'section', 'status']);
// Fields that hold addresses.
const urlFields = new Set(['url', 'websites', 'emails']);

const cases = [
  ['xss-script.json', 'a <script> element in every string field', `<script>window.__zgPwned='script'</script>`],
  ['xss-img-onerror.json', 'an <img onerror> in every string field', `<img src=x onerror="window.__zgPwned='img'">`],
  ['xss-svg-onload.json', 'an <svg onload> in every string field (the charts are SVG)', `<svg onload="window.__zgPwned='svg'"><script>window.__zgPwned='svg-script'</script></svg>`],
  ['xss-attribute-breakout.json', 'quotes that try to close an attribute and open a handler, in every string field', `"' onmouseover="window.__zgPwned='attr'" autofocus onfocus="window.__zgPwned='attr'" x="`],
  ['xss-javascript-url.json', 'javascript: and data: addresses in every address field and every string', `javascript:window.__zgPwned='url'//`],
  ['xss-css-injection.json', 'CSS that tries to close a style and load a script, in every string field (the format has no colour field: colours come from the status kind)', `red;}</style><style>*{background:url("javascript:window.__zgPwned='css'")}</style><link rel=stylesheet href="data:text/css,*{}"><div style="width:expression(window.__zgPwned='css')">`],
];

const ids = new Set();
(function collect(value, key) {
  if (Array.isArray(value)) value.forEach((v) => collect(v, key));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => collect(v, k));
  else if (key === 'id' && typeof value === 'string') ids.add(value);
})(reference);

function poison(value, key, payload, index) {
  if (Array.isArray(value)) return value.map((v) => poison(v, key, payload, index));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, payload, index)]));
  }
  if (typeof value !== 'string' || fixed.has(key)) return value;
  // The same id gets the same suffix wherever it appears, so references still resolve.
  if (idFields.has(key) && ids.has(value)) return `${value}${payload}`;
  if (urlFields.has(key)) return payload.startsWith('javascript:') ? payload : `javascript:window.__zgPwned='${key}'`;
  index.n += 1;
  return `${value}${payload}`;
}

for (const [file, attack, payload] of cases) {
  const dataset = poison(reference, '', payload, { n: 0 });
  dataset.report.source = { ...dataset.report.source, url: `javascript:window.__zgPwned='source-url'` };
  dataset.contact = { ...(dataset.contact || {}), websites: [`javascript:window.__zgPwned='website'`, 'data:text/html,<script>parent.__zgPwned=1</script>'] };
  const note = `# ${attack}: every one shows as text, none runs | expect: loads ${payload.slice(0, 24)}`;
  writeFileSync(`${here}${file}`, `${note}\n${JSON.stringify(dataset, null, 1)}\n`);
}
