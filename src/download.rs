//! Files the visitor saves: text through a Blob URL, and a chart's SVG rendered to PNG on a canvas. Talks to
//! `Blob`, `URL.createObjectURL`, `<img>` and `<canvas>`; nothing leaves the browser.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn blob(parts: &JsValue, mime: &str) -> Option<web_sys::Blob> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(parts, &options).ok()
}

/// Offers `blob` as a download named `name`.
fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    // Revoking only frees memory early; the page frees it at the latest when it closes.
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Offers `contents` as a download named `name` of type `mime`.
pub fn save_text(name: &str, contents: &str, mime: &str) {
    if let Some(blob) = blob(&js_sys::Array::of1(&JsValue::from_str(contents)), mime) {
        save_blob(name, &blob);
    }
}

/// Renders `svg` (of `width` × `height`) at `scale` times its size on a canvas and offers it as a PNG download.
/// Returns false when the browser refused (for example a page CSP without `img-src blob:`).
pub async fn save_svg_as_png(name: &str, svg: &str, width: u32, height: u32, scale: u32) -> bool {
    let Some(svg_blob) = blob(&js_sys::Array::of1(&JsValue::from_str(svg)), "image/svg+xml") else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&svg_blob) else { return false };
    let png = render_png(&url, width, height, scale).await;
    // Revoking only frees memory early; the page frees it at the latest when it closes.
    let _ = web_sys::Url::revoke_object_url(&url);
    match png {
        Some(png) => {
            save_blob(name, &png);
            true
        }
        None => false,
    }
}

async fn render_png(url: &str, width: u32, height: u32, scale: u32) -> Option<web_sys::Blob> {
    let document = web_sys::window()?.document()?;
    let image = web_sys::HtmlImageElement::new().ok()?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(url);
    JsFuture::from(loaded).await.ok()?;
    let canvas = document.create_element("canvas").ok()?.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let context = canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
    // A white page under the chart: a transparent PNG shows black text on black in many viewers.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width * scale), f64::from(height * scale));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width * scale),
            f64::from(height * scale),
        )
        .ok()?;
    let produced = js_sys::Promise::new(&mut |resolve, _reject| {
        let callback = Closure::once_into_js(move |blob: JsValue| {
            // A promise's own resolve function does not throw.
            let _ = resolve.call1(&JsValue::NULL, &blob);
        });
        // A canvas that cannot give a blob (a tainted one, which ours never is) leaves the promise pending: the
        // caller's wait is bounded by the image's own load, and no PNG is offered.
        let _ = canvas.to_blob(callback.unchecked_ref());
    });
    JsFuture::from(produced).await.ok()?.dyn_into::<web_sys::Blob>().ok()
}
