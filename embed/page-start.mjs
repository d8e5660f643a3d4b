// 整改看板 (zhenggai): the standalone page's start, as Trunk's initializer (index.html, data-initializer).
//
// When the widget cannot start in this browser or page (no WebAssembly, a module the page's policy blocks, a
// download that failed), the first view baked into the page (the snapshot, src/snapshot.rs) stays, drops the
// controls that need the script and says that filtering needs a newer browser; without a snapshot, a note says
// the dashboard cannot run. Conservative syntax, like zhenggai.js, so that older browsers can run it.

function showFailure() {
  var root = document.getElementById('zhenggai');
  if (!root) return;
  var snapshot = root.querySelector('.zg-snapshot');
  if (snapshot) {
    snapshot.classList.add('zg-snapshot-failed');
    var note = snapshot.querySelector('.zg-snapshot-note');
    if (note) note.hidden = false;
    return;
  }
  var failed = document.createElement('p');
  failed.className = 'zg-embed-failed';
  failed.setAttribute('role', 'alert');
  failed.textContent = '整改看板无法在此浏览器中运行（可能不支持 WebAssembly）。'
    + 'The dashboard cannot run in this browser: WebAssembly is unavailable or blocked.';
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(failed);
}

export default function () {
  return {
    onStart: function () {},
    onProgress: function () {},
    onComplete: function () {},
    onSuccess: function () {},
    onFailure: showFailure,
  };
}
