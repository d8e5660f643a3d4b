// 整改看板 (zhenggai) embed loader, API version 1.
//
// Host pages load this one file:   <script type="module" src="https://…/zhenggai.js"></script>
// and place one or more            <zhenggai-board data-src="report.json"></zhenggai-board>
// (or <div data-zhenggai …>). Each widget renders inside its own shadow root with zhenggai.css, so host CSS
// cannot break it and its CSS cannot leak out. All instances share one wasm module, loaded once.
// No inline script, no eval, no style attribute: the page may run under
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// See docs/embedding.md.
//
// Written in conservative syntax (no ?., ??, ??=, replaceChildren) so that older Chromium-based browsers can at
// least parse it and show the failure note instead of an empty box.

// The options a widget reads from its element are defined once, in the wasm (src/options.rs): this loader hands
// it the element itself. It reads only what it needs before the wasm runs: the dataset's address (to start the
// download early) and the height (the element's own style).
const base = new URL('.', import.meta.url);

const NOTICE = {
  loading: '正在加载整改看板… Loading the dashboard…',
  failed: '整改看板无法在此浏览器或页面中运行（可能不支持 WebAssembly，或页面的安全策略禁止了它）。'
    + 'The dashboard cannot run here: WebAssembly is unavailable or blocked by the page’s security policy.',
};

let modulePromise;

/** Loads and initialises the shared wasm module once. */
function loadModule() {
  if (!modulePromise) {
    modulePromise = import(new URL('zhenggai-widget.js', base).href).then(function (glue) {
      return glue.default({ module_or_path: new URL('zhenggai-widget_bg.wasm', base) }).then(function () {
        // A widget given no data fetches the reference report from this folder, not the host page's.
        glue.setAssetBase(base.href);
        return glue;
      });
    });
  }
  return modulePromise;
}

function empty(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * Mounts a widget into `element` (rendered in light DOM; use <zhenggai-board> for shadow-root isolation).
 * options: { data, compare, lang, namespace, filters, theme, elderly, timeout, allowDataParam }. Resolves to { destroy() }.
 */
export async function mount(element, options = {}) {
  const glue = await loadModule();
  return glue.mount(element, options);
}

/** The version of the loaded widget. */
export async function version() {
  return (await loadModule()).version();
}

/** The mount options: [{ key, attribute, switch, inPageAddress, default }] (the snippet generator's source). */
export async function mountOptionTable() {
  return (await loadModule()).mountOptionTable();
}

/** The element's attribute `name`, or `data-name`, when it has a value. */
function attribute(host, name) {
  const values = [host.getAttribute(name), host.getAttribute('data-' + name)];
  for (let i = 0; i < values.length; i++) {
    if (values[i] != null && values[i].trim() !== '') return values[i];
  }
  return undefined;
}

function note(root, text, className) {
  const p = document.createElement('p');
  p.className = className;
  p.setAttribute('role', className === 'zg-embed-failed' ? 'alert' : 'status');
  p.textContent = text;
  empty(root);
  root.appendChild(p);
}

/**
 * The snapshot pasted inside the element (`zhenggai snapshot --embed`), as a shadow root: the browser made it
 * from the declarative `<template shadowrootmode="open">` while parsing; a browser from before declarative shadow
 * roots left the template in the element, and it is made here. Returns its box, or undefined without one.
 */
function snapshotBox(host) {
  let template = null;
  for (let i = 0; i < host.children.length; i++) {
    const child = host.children[i];
    if (child.tagName === 'TEMPLATE' && child.hasAttribute('shadowrootmode')) template = child;
  }
  if (!host.shadowRoot && template) {
    host.attachShadow({ mode: 'open' }).appendChild(template.content);
  }
  if (template) template.remove();
  const box = host.shadowRoot && host.shadowRoot.querySelector('.zg-host');
  return box && box.querySelector('.zg-snapshot') && !host.zhenggaiWidget ? box : undefined;
}

/** The widget cannot start: a snapshot stays, without its controls, and says why; otherwise the bare note. */
function failed(box) {
  const snapshot = box.querySelector('.zg-snapshot');
  if (!snapshot) {
    note(box, NOTICE.failed, 'zg-embed-failed');
    return;
  }
  snapshot.classList.add('zg-snapshot-failed');
  const line = snapshot.querySelector('.zg-snapshot-note');
  if (line) line.hidden = false;
}

/** Resolves once the current frame has been painted: a task queued from requestAnimationFrame runs after it. */
function afterPaint() {
  return new Promise(function (resolve) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); });
}

/** Renders a widget into `host`'s shadow root. Used by <zhenggai-board> and by <div data-zhenggai>. */
async function attach(host) {
  // A pasted snapshot is shown as it is until the widget takes over from it (src/take_over.rs).
  let box = snapshotBox(host);
  const pasted = Boolean(box);
  if (!box) {
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('zhenggai.css', base).href;
    box = document.createElement('div');
    box.className = 'zg-host';
    empty(shadow);
    shadow.appendChild(link);
    shadow.appendChild(box);
    note(box, NOTICE.loading, 'zg-status');
  }
  const height = attribute(host, 'height');
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  if (height) host.style.setProperty('--zg-embed-height', /^\d+$/.test(height) ? `${height}px` : height);
  // The dataset's download starts now, beside the wasm's, instead of once the wasm runs (see early-download.js).
  const data = attribute(host, 'src');
  let beforeMount = true;
  const early = data
    ? import(new URL('early-download.js', base).href).then(
      function (module) { return beforeMount ? module.startEarlyDownload(data) : undefined; },
      function () { return undefined; })
    : Promise.resolve(undefined);
  try {
    const glue = await loadModule();
    // A pasted snapshot is painted before the widget takes over from it, however fast the wasm arrived: it is the
    // first view a visitor (and Lighthouse's largest paint) sees, and taking over in the same frame would replace
    // it unseen.
    if (pasted) await afterPaint();
    // Taken if it has started by now, never waited for: a stalled early-download.js must not hold the widget
    // (which then downloads the data itself, and the late module starts nothing).
    const download = await Promise.race([early, Promise.resolve(undefined)]);
    beforeMount = false;
    if (!box.isConnected) {
      // Removed from the page meanwhile (or attached again, into a new box): nothing to show here.
      if (download) download.abort();
      return;
    }
    detach(host);
    if (download) box.zhenggaiEarlyDownload = download;
    host.zhenggaiWidget = glue.mountConfiguredBy(box, host);
  } catch (error) {
    failed(box);
    host.dispatchEvent(new CustomEvent('zhenggai:error', { bubbles: true, composed: true, detail: { message: String(error) } }));
  }
}

function detach(host) {
  if (host.zhenggaiWidget) host.zhenggaiWidget.destroy();
  host.zhenggaiWidget = undefined;
}

/** Whether an attribute change is one of the widget's options (not the element's style or class). */
function changesOptions(mutation) {
  const name = mutation.attributeName;
  return name !== 'style' && name !== 'class' && name !== 'id'
    && mutation.oldValue !== mutation.target.getAttribute(name);
}

class ZhenggaiBoard extends HTMLElement {
  connectedCallback() {
    attach(this);
    // Any option attribute changed on a running widget mounts it again with the new options; the list of
    // options lives in the wasm, so every attribute is watched.
    const board = this;
    if (!this.zhenggaiObserver) {
      this.zhenggaiObserver = new MutationObserver(function (mutations) {
        if (board.isConnected && board.zhenggaiWidget && mutations.some(changesOptions)) attach(board);
      });
    }
    this.zhenggaiObserver.observe(this, { attributes: true, attributeOldValue: true });
  }
  disconnectedCallback() {
    if (this.zhenggaiObserver) this.zhenggaiObserver.disconnect();
    detach(this);
  }
}

if (!customElements.get('zhenggai-board')) customElements.define('zhenggai-board', ZhenggaiBoard);

function attachDivs() {
  for (const div of document.querySelectorAll('div[data-zhenggai]')) {
    if (!div.zhenggaiAttached) {
      div.zhenggaiAttached = true;
      attach(div);
    }
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachDivs);
else attachDivs();
