// The authoring page (import.html): loads its own wasm (the widget plus the text importer, which the widget's
// visitors do not download) and mounts the importer. Nothing is uploaded.
const root = document.getElementById('zhenggai-import');
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
import('./zhenggai-importer.js')
  .then(function (glue) {
    return glue.default({ module_or_path: new URL('zhenggai-importer_bg.wasm', import.meta.url) }).then(function () {
      glue.mountImporter(root, { lang: lang });
    });
  })
  .catch(function () {
    root.textContent = '此页面需要 WebAssembly 才能运行。This page needs WebAssembly.';
  });
