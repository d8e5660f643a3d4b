// The embed generator page: turns the form into the two snippets, previews the widget, copies to the clipboard.
import './zhenggai.js';

const base = new URL('.', import.meta.url).href;
const form = document.getElementById('options');
const field = (name) => form.elements.namedItem(name).value.trim();

/** Escapes a value for a double-quoted HTML attribute. */
const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributes() {
  const list = [];
  const add = (name, value) => { if (value) list.push(`${name}="${attr(value)}"`); };
  add('data-src', field('data'));
  add('lang', field('lang') === 'en' ? 'en' : '');
  add('ns', field('ns') === 'zg.' ? '' : field('ns'));
  add('filters', field('filters'));
  add('height', /^\d+$/.test(field('height')) ? field('height') : '');
  // Always written, so that the snippet says what the web team picked (light is also the default).
  add('theme', field('theme'));
  return list;
}

function render() {
  const attrs = attributes();
  document.getElementById('script-snippet').value =
    `<script type="module" src="${attr(base)}zhenggai.js"></script>\n`
    + `<zhenggai-board${attrs.length ? ' ' + attrs.join(' ') : ''}></zhenggai-board>`;
  const frameUrl = new URL('index.html', base);
  if (field('data')) frameUrl.searchParams.set('data', field('data'));
  for (const [key, value] of new URLSearchParams(field('filters'))) frameUrl.searchParams.set(`zg.${key}`, value);
  document.getElementById('iframe-snippet').value =
    `<iframe id="zhenggai-frame" title="巡视整改进展看板" src="${attr(frameUrl.href)}" loading="lazy"></iframe>\n`
    + `<script src="${attr(base)}host-frame.js" data-frame="zhenggai-frame"></script>`;
  const preview = document.createElement('zhenggai-board');
  for (const a of attrs) {
    const [name, quoted] = a.split(/=(.*)/s);
    const value = document.createElement('textarea');
    value.innerHTML = quoted.slice(1, -1);
    preview.setAttribute(name, value.value);
  }
  document.getElementById('preview').replaceChildren(preview);
}

let timer;
form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(render, 400); });
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
render();
