// 整改看板 iframe host snippet. Include it after the iframe:
//   <iframe id="zhenggai-frame" title="巡视整改进展看板" src="https://WIDGET-HOST/index.html"></iframe>
//   <script src="https://WIDGET-HOST/host-frame.js" data-frame="zhenggai-frame"></script>
// It (1) sizes the iframe to the widget's height, (2) keeps the widget's view in the host page's URL so that a
// shared link reopens the same view, and (3) accepts messages only from the iframe's own origin and window.
(() => {
  const script = document.currentScript;
  const frame = document.getElementById((script && script.dataset.frame) || 'zhenggai-frame');
  if (!frame) return;
  const widgetOrigin = new URL(frame.src, document.baseURI).origin;
  const namespace = (script && script.dataset.ns) || 'zg.';

  // A shared host link carries the widget's keys: hand them to the iframe before it loads.
  const own = new URLSearchParams(location.search);
  const src = new URL(frame.src, document.baseURI);
  for (const [key, value] of own) if (key.startsWith(namespace)) src.searchParams.set(key, value);
  if (src.href !== frame.src) frame.src = src.href;

  window.addEventListener('message', (event) => {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'zhenggai:height' && Number.isFinite(message.height) && message.height > 0) {
      frame.style.height = `${Math.min(Math.ceil(message.height), 100000)}px`;
    }
    if (message.type === 'zhenggai:state' && typeof message.query === 'string' && message.namespace === namespace) {
      const url = new URL(location.href);
      for (const key of [...url.searchParams.keys()]) if (key.startsWith(namespace)) url.searchParams.delete(key);
      for (const [key, value] of new URLSearchParams(message.query)) if (key.startsWith(namespace)) url.searchParams.append(key, value);
      history.replaceState(history.state, '', url);
    }
  });
})();
