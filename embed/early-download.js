// 整改看板 (zhenggai): starts downloading the dataset while the widget's wasm is still loading.
//
// Without this, the download starts only once the wasm is compiled and running, a few tenths of a second after the
// page opened. The widget takes the download over when it is for the very address the widget resolves itself
// (src/source.rs, EarlyDownload); any other is aborted. Failures are the widget's to report, in its own words, so
// nothing here throws or logs.
//
// Used by zhenggai.js (the embed loader) for each widget's data-src, and by the standalone page, which loads this
// file as "early-download.js?page" for its #zhenggai element. Conservative syntax, like zhenggai.js.

/** The property of the widget's element where the widget looks for an early download. */
export const EARLY_DOWNLOAD_KEY = 'zhenggaiEarlyDownload';

/**
 * Starts fetching the http(s) address `address` (resolved against the page) and reading its body at once.
 * Returns { url, response: Promise<Response>, abort() }, or undefined when there is nothing to start.
 */
export function startEarlyDownload(address) {
  try {
    const url = new URL(address, document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const controller = new AbortController();
    const response = fetch(url.href, { signal: controller.signal }).then(function (answer) {
      // Browsers without TransformStream get the answer as it is: the widget then reads it when it is ready.
      if (!answer.ok || !answer.body || typeof TransformStream !== 'function') return answer;
      // A body that nobody reads stops the download after its first few hundred kilobytes: this pipe reads it
      // into an unbounded queue, for the widget to take chunk by chunk when it is ready.
      const queue = new TransformStream(undefined, undefined, { highWaterMark: Infinity });
      return new Response(answer.body.pipeThrough(queue), {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
    });
    response.catch(function () {});
    return { url: url.href, response: response, abort: function () { controller.abort(); } };
  } catch (error) {
    return undefined;
  }
}

// The standalone page: the dataset of ?data= (where its #zhenggai element allows it), else of data-src, as the
// widget itself chooses it, resolved against the page's own address, as the widget resolves it.
function startForStandalonePage() {
  const element = document.getElementById('zhenggai');
  // The widget leaves false here when it starts loading: this module came too late, and the widget downloads the
  // dataset itself (a second download of a large round would double the wait).
  if (!element || EARLY_DOWNLOAD_KEY in element) return;
  const fromParam = element.hasAttribute('data-allow-data-param')
    ? new URLSearchParams(location.search).get('data')
    : null;
  const fromAttribute = element.getAttribute('data-src');
  const address = fromParam && fromParam.trim() ? fromParam : fromAttribute && fromAttribute.trim() ? fromAttribute : null;
  if (!address) return;
  let url;
  try {
    url = new URL(address, location.href).href;
  } catch (error) {
    return; // the widget says what is wrong with the address
  }
  const download = startEarlyDownload(url);
  if (download) element[EARLY_DOWNLOAD_KEY] = download;
}

if (new URL(import.meta.url).searchParams.has('page')) startForStandalonePage();
