// The embed generator page: turns the form into the two snippets, previews the widget, renders the snapshot (the
// first view as static HTML) in this browser, copies to the clipboard.
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
  // The same snapshot from the CLI (docs/embedding.md): the command for this dataset and this folder. The CLI
  // reads files: the addresses' file names, run beside those files.
  const fileName = (field, placeholder) => {
    const address = form.elements.namedItem(field).value.trim();
    if (!address) return placeholder;
    try {
      return decodeURIComponent(new URL(address, base).pathname.split('/').pop()) || placeholder;
    } catch {
      return placeholder; // no usable address
    }
  };
  const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
  const lang = form.elements.namedItem('lang').value === 'en' ? '--lang en ' : '';
  const compare = fileName('compare', '');
  const options = (compare ? ` --compare ${quote(compare)}` : '')
    + (form.elements.namedItem('theme').value === 'dark' ? ' --dark' : '')
    + (form.elements.namedItem('elderly').checked ? ' --elderly' : '');
  document.getElementById('snapshot-command').value =
    `zhenggai ${lang}snapshot ${quote(fileName('data', 'report.json'))} --embed ${quote(base)}${options} -o snapshot.html`;
  const preview = document.createElement('zhenggai-board');
  for (const [name, value] of attrs) preview.setAttribute(name, value === true ? '' : value);
  document.getElementById('preview').replaceChildren(preview);
}

// The snapshot, rendered here by the widget's own components: the embed generator's wasm (zhenggai-snapshot.js,
// the `snapshot` feature of src/snapshot.rs), loaded at the first request. Its source is the data address (fetched
// from this page, so it must be same-origin or allow CORS) or a local file; the form's language is used. Once
// made, it follows the form (language, theme, 适老化 mode), so that the code shown always matches the options above
// it.
const snapshotStatus = document.getElementById('snapshot-status');
const snapshotSnippet = document.getElementById('snapshot-snippet');
let snapshotRenderer;
let snapshotSource; // 'address', or the text of the local file chosen
let snapshotRequest = 0;

function renderer() {
  snapshotRenderer ??= import('./zhenggai-snapshot.js')
    .then((glue) => glue.default({ module_or_path: new URL('zhenggai-snapshot_bg.wasm', import.meta.url) }).then(() => glue))
    .catch((error) => { snapshotRenderer = undefined; throw Object.assign(new Error(String(error)), { noWasm: true }); });
  return snapshotRenderer;
}

/** The text at the address of the form's field `name` (which the messages call `what`): '' for none. */
async function addressText(name, what) {
  const address = form.elements.namedItem(name).value.trim();
  if (!address) return '';
  let response;
  try {
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(30000) : undefined;
    response = await fetch(new URL(address, document.baseURI), { signal, credentials: 'same-origin' });
  } catch {
    const local = name === 'data' ? '可以改用本地的数据文件生成。' : '';
    throw new Error(`无法读取${what}（网络错误，或该地址不允许从本页跨域读取）。${local}`);
  }
  if (!response.ok) throw new Error(`无法读取${what}（服务器返回 HTTP ${response.status}）。`);
  return response.text();
}

async function renderSnapshot() {
  if (snapshotSource === undefined) return;
  const request = ++snapshotRequest;
  snapshotStatus.textContent = '正在生成静态首屏…';
  try {
    // No data address: the built-in report, which the widget then shows.
    const text = snapshotSource === 'address' ? await addressText('data', '数据地址') : snapshotSource;
    // The earlier report of data-compare: the snapshot draws the comparison panel as the widget will.
    const compare = await addressText('compare', '对比的早先通报地址');
    const glue = await renderer();
    const lang = form.elements.namedItem('lang').value === 'en' ? 'en' : 'zh';
    // Drawn as the widget will be, so that nothing changes when it takes over ("auto" cannot be known: light).
    const theme = form.elements.namedItem('theme').value;
    const elderly = form.elements.namedItem('elderly').checked;
    let markup;
    try {
      markup = glue.renderSnapshot(text, compare, lang, base, theme, elderly);
    } catch (error) {
      throw new Error(`数据文件有误，无法生成静态首屏：\n${error.message}`);
    }
    if (request !== snapshotRequest) return;
    snapshotSnippet.value = markup;
    snapshotStatus.textContent = `已生成静态首屏（${Math.ceil(new Blob([markup]).size / 1024)} KB），可复制后粘贴。`;
  } catch (error) {
    if (request !== snapshotRequest) return;
    snapshotSnippet.value = '';
    snapshotStatus.textContent = error.noWasm
      ? '此浏览器无法生成静态首屏（WebAssembly 不可用）。请换用较新的浏览器，或用命令行生成。'
      : error.message;
  }
}

document.getElementById('snapshot-render').addEventListener('click', () => {
  snapshotSource = 'address';
  renderSnapshot();
});
document.getElementById('snapshot-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  try {
    snapshotSource = await file.text();
  } catch {
    snapshotStatus.textContent = '无法读取所选文件。';
    return;
  }
  renderSnapshot();
});

mountOptionTable().then(
  (table) => {
    let timer;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { render(table); renderSnapshot(); }, 400);
    };
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
