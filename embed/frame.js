// Runs inside the widget page when it is embedded as an iframe: tells the parent page the height it needs.
// The parent's snippet (embed/host-frame.js) checks that the message comes from the widget's origin.
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'zhenggai:height', height }, '*');
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
