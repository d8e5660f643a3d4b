//! A real panic in a test build (its own wasm binary, since a panic leaves its instance unusable): the panic
//! hook replaces every widget with the crash notice and reports it through the lifecycle API's
//! `zhenggai:error` event, so a bug never leaves a dead or half-drawn box on a host page.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // the panic is the point

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use zhenggai_widget::MountOptions;

wasm_bindgen_test_configure!(run_in_browser);

async fn pause(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_in_an_event_handler_shows_the_notice_and_tells_the_host() {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    document.body().unwrap().append_child(&element).unwrap();

    zhenggai_widget::host::install_panic_hook();
    let _widget = zhenggai_widget::mount(element.clone(), MountOptions::default());
    for _ in 0..5 {
        pause(20).await;
    }
    assert_eq!(element.query_selector_all("[data-testid=problem]").unwrap().length(), 15, "the widget rendered");

    // The host page listens, as docs/embedding.md tells it to.
    let reported = Rc::new(RefCell::new(Vec::<String>::new()));
    let log = reported.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
        let message = js_sys::Reflect::get(&event.detail(), &"message".into()).ok().and_then(|m| m.as_string());
        log.borrow_mut().push(message.unwrap_or_default());
    });
    element.add_event_listener_with_callback("zhenggai:error", listener.as_ref().unchecked_ref()).unwrap();

    // A bug: Rust code run from a browser event panics. The browser reports the trap that follows to the page's
    // error handler, not to the code that dispatched the event, so this test carries on to look at the box.
    let bug = Closure::<dyn FnMut()>::new(|| panic!("boom from a test build"));
    let trigger = document.create_element("button").unwrap();
    trigger.add_event_listener_with_callback("click", bug.as_ref().unchecked_ref()).unwrap();
    trigger.dyn_ref::<web_sys::HtmlElement>().unwrap().click();

    let text = element.text_content().unwrap_or_default();
    assert!(text.contains("整改看板遇到内部错误"), "the notice replaced the widget: {text}");
    assert!(element.query_selector("[data-testid=problem]").unwrap().is_none(), "nothing half-drawn is left");
    let notice = element.query_selector(".zg-crash").unwrap().unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let reported = reported.borrow();
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(reported[0].contains("boom from a test build"), "the host learns what happened: {reported:?}");
}
