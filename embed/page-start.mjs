// 整改看板 (zhenggai): starts the standalone page's widget (index.html).
//
// The page already shows the default dataset's first view (the snapshot the build bakes in, src/snapshot.rs).
// The wasm is requested after that first paint, not before: fetched in parallel with the page, it would make the
// browser (and Lighthouse) count the first view as waiting for 400 KB it does not need. The widget then takes over
// in place. When it cannot start in this browser or page (no WebAssembly, a module the page's policy blocks, a
// download that failed), the snapshot stays, drops the controls that need the script and says that filtering
// needs a newer browser; without a snapshot, a note says the dashboard cannot run.
//
// An external module rather than Trunk's inline start script: the page then runs under a policy without
// 'unsafe-inline'. Conservative syntax, like zhenggai.js, so that older browsers can run it.

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

// The snapshot is the built-in report's: when the address names another dataset (?data=, which this page
// allows), it would show the wrong report while the other one downloads. The widget's loading note instead.
function dropSnapshotOfAnotherReport() {
  var root = document.getElementById('zhenggai');
  var snapshot = root && root.querySelector('.zg-snapshot');
  if (!snapshot || !/[?&]data=[^&]/.test(location.search)) return;
  var loading = document.createElement('p');
  loading.className = 'zg-status';
  loading.textContent = '正在加载整改看板…';
  root.replaceChild(loading, snapshot);
}

function start() {
  import('./zhenggai-widget.js')
    .then(function (glue) {
      window.wasmBindings = glue;
      // Runs the widget's main, which mounts into #zhenggai.
      return glue.default({ module_or_path: new URL('zhenggai-widget_bg.wasm', import.meta.url) });
    })
    .catch(showFailure);
}

dropSnapshotOfAnotherReport();
// After the first paint: a task queued from requestAnimationFrame runs once that frame is painted.
requestAnimationFrame(function () { setTimeout(start, 0); });
