//! DOM glue, tested in headless Chromium: mounting the widget renders the embedded reference report.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use zhenggai_core::Lang;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the test page's body.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

/// Lets the loading task and the renderer run.
async fn settle() {
    for _ in 0..5 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn mounting_replaces_the_fallback_and_lists_the_fifteen_problems() {
    let element = container();
    element.set_inner_html("<p>fallback</p>");
    zhenggai_widget::mount(element.clone(), Lang::Zh, "t1.");
    settle().await;
    let text = element.text_content().unwrap_or_default();
    assert!(!text.contains("fallback"), "the static fallback must be replaced");
    assert!(text.contains("中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报"), "title missing: {text}");
    assert_eq!(element.query_selector_all("[data-testid=problem]").unwrap().length(), 15);
    assert_eq!(element.query_selector(".zg").unwrap().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
}

#[wasm_bindgen_test]
async fn english_mode_words_the_interface_in_english_and_keeps_the_data_as_written() {
    let element = container();
    zhenggai_widget::mount(element.clone(), Lang::En, "t2.");
    settle().await;
    let text = element.text_content().unwrap_or_default();
    assert!(text.contains("15 problems"), "{text}");
    assert!(text.contains("Inspection team"), "{text}");
    assert!(text.contains("省委第十五巡视组"), "{text}");
}
