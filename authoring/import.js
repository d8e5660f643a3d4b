// The authoring page (import.html): loads the widget module and mounts the text importer. Nothing is uploaded.
const root = document.getElementById('zhenggai-import');
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
import('./zhenggai-widget.js')
  .then(function (glue) {
    return glue.default({ module_or_path: new URL('zhenggai-widget_bg.wasm', import.meta.url) }).then(function () {
      glue.mountImporter(root, { lang: lang });
    });
  })
  .catch(function () {
    root.textContent = '此页面需要 WebAssembly 才能运行。This page needs WebAssembly.';
  });
