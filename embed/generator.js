// The embed generator page: turns the form into the two snippets, previews the widget, copies to the clipboard.
// The snippets are written from the widget's own option table (src/options.rs, through zhenggai.js): each form
// field is named by its option's key, and each option is written under its attribute name (with the data- prefix,
// valid on any element) or, for the iframe page, under its key in the page's address.
import { mountOptionTable } from './zhenggai.js';

const base = new URL('.', import.meta.url).href;
const form = document.getElementById('options');

/** Escapes a value for a double-quoted HTML attribute. */
const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the web team picked for `option`: its text, true for a ticked switch, or undefined. Menus always count
    (the snippet says what was picked, even the default); texts only when filled in and not the default. */
function picked(option) {
  const field = form.elements.namedItem(option.key);
  if (!field) return undefined;
  if (option.switch) return field.checked ? true : undefined;
  const value = field.value.trim();
  if (field.tagName === 'SELECT') return value;
  if (!value || value === option.default) return undefined;
  if (option.key === 'height' || option.key === 'timeout') return /^\d+$/.test(value) ? value : undefined;
  return value;
}

/** The element's attributes, as [name, value] (value true for a bare switch). */
function attributes(table) {
  const list = [];
  for (const option of table) {
    const value = picked(option);
    if (value !== undefined) list.push([`data-${option.attribute}`, value]);
  }
  return list;
}

/** The standalone page's address for the iframe: each option it takes, and the initial filters as link keys. */
function frameAddress(table) {
  const url = new URL('index.html', base);
  let namespace = 'zg.';
  for (const option of table) {
    const value = picked(option);
    if (value === undefined || !option.inPageAddress) continue;
    url.searchParams.set(option.key, value === true ? '1' : value);
    if (option.key === 'namespace') namespace = value;
  }
  const filters = form.elements.namedItem('filters').value.trim();
  for (const [key, value] of new URLSearchParams(filters)) url.searchParams.set(`${namespace}${key}`, value);
  return url.href;
}

function render(table) {
  const attrs = attributes(table);
  const written = attrs.map(([name, value]) => (value === true ? name : `${name}="${attr(value)}"`));
  document.getElementById('script-snippet').value =
    `<script type="module" src="${attr(base)}zhenggai.js"></script>\n`
    + `<zhenggai-board${written.length ? ' ' + written.join(' ') : ''}></zhenggai-board>`;
  document.getElementById('iframe-snippet').value =
    `<iframe id="zhenggai-frame" title="巡视整改进展看板" src="${attr(frameAddress(table))}" loading="lazy"></iframe>\n`
    + `<script src="${attr(base)}host-frame.js" data-frame="zhenggai-frame"></script>`;
  // The snapshot is rendered natively by the CLI (docs/embedding.md): the command for this dataset and this folder.
  // The CLI reads a file: the data address's file name, run beside that file.
  let data = 'report.json';
  try {
    const name = decodeURIComponent(new URL(form.elements.namedItem('data').value.trim(), base).pathname.split('/').pop());
    if (name) data = name;
  } catch { /* no usable address: the placeholder name */ }
  const lang = form.elements.namedItem('lang').value === 'en' ? '--lang en ' : '';
  const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
  document.getElementById('snapshot-command').value =
    `zhenggai ${lang}snapshot ${quote(data)} --embed ${quote(base)} -o snapshot.html`;
  const preview = document.createElement('zhenggai-board');
  for (const [name, value] of attrs) preview.setAttribute(name, value === true ? '' : value);
  document.getElementById('preview').replaceChildren(preview);
}

mountOptionTable().then(
  (table) => {
    let timer;
    const later = () => { clearTimeout(timer); timer = setTimeout(() => render(table), 400); };
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    render(table);
  },
  () => {
    document.getElementById('copy-status').textContent = '此浏览器无法运行整改看板（WebAssembly 不可用），无法生成代码。';
  },
);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).value;
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = '已复制，可粘贴到网页中。';
    } catch {
      document.getElementById(button.dataset.copy).select();
      status.textContent = '无法自动复制：代码已选中，请按 Ctrl+C 复制。';
    }
  });
}
