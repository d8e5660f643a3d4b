//! DOM glue, tested in headless Chromium: mounting the widget renders the embedded reference report.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use zhenggai_core::Lang;
use zhenggai_widget::MountOptions;

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

/// Waits until `check` holds, for at most two seconds: a catch-up after the paint may take more than [`settle`]'s
/// 100 ms on a busy machine, while what is drawn in the frame of a change is checked frame by frame.
async fn eventually(check: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if check() {
            return true;
        }
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
    check()
}

#[wasm_bindgen_test]
async fn mounting_replaces_the_fallback_and_lists_the_fifteen_problems() {
    let element = container();
    element.set_inner_html("<p>fallback</p>");
    let mut widget =
        zhenggai_widget::mount(element.clone(), MountOptions { namespace: "t1.".into(), ..MountOptions::default() });
    settle().await;
    let text = element.text_content().unwrap_or_default();
    assert!(!text.contains("fallback"), "the static fallback must be replaced");
    assert!(text.contains("中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报"), "title missing: {text}");
    assert_eq!(element.query_selector_all("[data-testid=problem]").unwrap().length(), 15);
    assert_eq!(element.query_selector(".zg").unwrap().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn english_mode_words_the_interface_in_english_and_keeps_the_data_as_written() {
    let element = container();
    let mut widget = zhenggai_widget::mount(
        element.clone(),
        MountOptions { lang: Lang::En, namespace: "t2.".into(), ..MountOptions::default() },
    );
    settle().await;
    let text = element.text_content().unwrap_or_default();
    assert!(text.contains("15 problems"), "{text}");
    assert!(text.contains("Inspection team"), "{text}");
    assert!(text.contains("省委第十五巡视组"), "{text}");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn two_instances_on_one_page_share_no_element_id() {
    let (first, second) = (container(), container());
    let mut first = zhenggai_widget::mount(first, MountOptions { namespace: "a.".into(), ..MountOptions::default() });
    let mut second = zhenggai_widget::mount(second, MountOptions { namespace: "b.".into(), ..MountOptions::default() });
    settle().await;
    let document = web_sys::window().unwrap().document().unwrap();
    let with_id = document.query_selector_all(".zg [id]").unwrap();
    let ids: Vec<String> = (0..with_id.length())
        .filter_map(|i| with_id.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|element| element.id())
        .collect();
    assert!(ids.len() > 10, "both instances rendered their ids: {ids:?}");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "duplicate ids: {ids:?}");
    first.destroy();
    second.destroy();
}

#[wasm_bindgen_test]
async fn the_crash_notice_replaces_every_widget_and_tells_the_host() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let element = container();
    let _widget =
        zhenggai_widget::mount(element.clone(), MountOptions { namespace: "c.".into(), ..MountOptions::default() });
    settle().await;
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let log = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
        let message = js_sys::Reflect::get(&event.detail(), &"message".into()).ok().and_then(|m| m.as_string());
        log.borrow_mut().push(message.unwrap_or_default());
    });
    element.add_event_listener_with_callback("zhenggai:error", listener.as_ref().unchecked_ref()).unwrap();

    // What the panic hook does, without poisoning the test's wasm instance with a real panic.
    zhenggai_widget::host::show_crash_notice("panicked at boom");

    let text = element.text_content().unwrap_or_default();
    assert!(text.contains("整改看板遇到内部错误"), "{text}");
    assert!(element.query_selector("[data-testid=problem]").unwrap().is_none(), "the half-drawn widget is gone");
    assert_eq!(element.query_selector(".zg-crash").unwrap().unwrap().get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(*seen.borrow(), ["panicked at boom"]);
}

#[wasm_bindgen_test]
async fn destroy_empties_the_element_and_can_be_called_twice() {
    let element = container();
    let mut widget =
        zhenggai_widget::mount(element.clone(), MountOptions { namespace: "d.".into(), ..MountOptions::default() });
    settle().await;
    assert_eq!(element.query_selector_all("[data-testid=problem]").unwrap().length(), 15);
    widget.destroy();
    widget.destroy();
    assert_eq!(element.inner_html(), "");
}

/// Leaves on `element` what `embed/early-download.js` leaves there: `{ url, response, abort }`, with an `abort`
/// that counts its calls in `window.__zgAborted`.
fn leave_early_download(element: &web_sys::HtmlElement, url: &str) {
    let handle = js_sys::Object::new();
    let set = |key: &str, value: &wasm_bindgen::JsValue| js_sys::Reflect::set(&handle, &key.into(), value).unwrap();
    set("url", &url.into());
    set("response", &js_sys::Promise::new(&mut |_, _| {}).into()); // never answers: it must not be awaited
    set("abort", &js_sys::Function::new_no_args("window.__zgAborted = (window.__zgAborted || 0) + 1").into());
    js_sys::Reflect::set(element, &"zhenggaiEarlyDownload".into(), &handle).unwrap();
}

fn aborted() -> f64 {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::get(&window, &"__zgAborted".into()).unwrap().as_f64().unwrap_or(0.0)
}

#[wasm_bindgen_test]
async fn an_early_download_of_another_dataset_is_aborted_and_taken_only_once() {
    use zhenggai_widget::source::{EarlyDownload, Source, load};
    let element = container();
    leave_early_download(&element, "https://example.invalid/other.json");
    let early = EarlyDownload::take(&element);
    assert!(early.is_some(), "the handle left on the element is found");
    assert!(EarlyDownload::take(&element).is_none(), "and taken once");
    let marker = js_sys::Reflect::get(&element, &"zhenggaiEarlyDownload".into()).unwrap();
    assert_eq!(
        marker,
        wasm_bindgen::JsValue::FALSE,
        "false tells a late early-download.js not to start a second download"
    );
    let before = aborted();
    // The widget loads its built-in report instead: the early download is stopped, not left running.
    let loaded = load(Source::Default, early, 30, |_| {}).await;
    assert!(loaded.is_ok());
    assert_eq!(aborted(), before + 1.0);

    // Something else under that name is not a download.
    js_sys::Reflect::set(&element, &"zhenggaiEarlyDownload".into(), &"https://example.invalid/x.json".into()).unwrap();
    assert!(EarlyDownload::take(&element).is_none());
}

/// What `read` returns from the next animation frame callback: after the reactive updates of a change
/// (microtasks), before its paint and before the task a list or a section queues for catching up.
fn in_next_frame<T: Default + 'static>(read: impl FnOnce() -> T + 'static) -> std::rc::Rc<std::cell::RefCell<T>> {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(T::default()));
    let record = seen.clone();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || *record.borrow_mut() = read());
    web_sys::window().unwrap().request_animation_frame(callback.unchecked_ref()).unwrap();
    seen
}

/// A container fixed at `top` (CSS) from the top of the screen: on it, above it or below it.
fn fixed_container(top: &str) -> web_sys::HtmlElement {
    let element = container();
    element.style().set_property("position", "fixed").unwrap();
    element.style().set_property("top", top).unwrap();
    element
}

#[wasm_bindgen_test]
async fn a_list_draws_what_can_be_seen_before_the_paint_and_all_of_it_after() {
    use leptos::prelude::*;
    use zhenggai_widget::draw_in_steps::DrawInSteps;
    // (where the list's box is, items of 50 px drawn in the frame of a change): on screen, the first three of ten;
    // far below the screen, none; its top above the screen with most of it on screen (the visitor is inside the
    // list), all ten, so that it does not shrink; only its last 40 px on screen, the first three again.
    for (top, first_step) in [("0px", 3), ("5000px", 0), ("-60px", 10), ("-476px", 3)] {
        let element = fixed_container(top);
        let source = RwSignal::new(0_usize);
        let handle = leptos::mount::mount_to(element.clone(), move || {
            let changes = Memo::new(move |_| source.get());
            let steps = DrawInSteps::new(changes);
            let list = NodeRef::new();
            steps.watch(list);
            // What the list shows follows the source, as a list's items do.
            let items = move || {
                let base = changes.get() * 100;
                (0..steps.limit(3, 10)).map(|i| view! { <li style="height: 50px">{base + i}</li> }).collect_view()
            };
            view! { <ol node_ref=list>{items}</ol> }
        });
        settle().await;
        let drawn = || element.query_selector_all("li").unwrap().length();
        assert!(eventually(|| drawn() == 10).await, "at {top}, complete once settled: {}", drawn());
        source.set(1);
        let in_that_frame = {
            let element = element.clone();
            in_next_frame(move || element.query_selector_all("li").unwrap().length())
        };
        settle().await;
        assert_eq!(*in_that_frame.borrow(), first_step, "at {top}, in the frame of the change");
        assert!(eventually(|| drawn() == 10).await, "at {top}, complete after that frame: {}", drawn());
        drop(handle);
        element.remove();
    }
}

#[wasm_bindgen_test]
async fn a_section_off_screen_catches_up_after_the_paint_and_one_on_screen_at_once() {
    use leptos::prelude::*;
    use zhenggai_widget::draw_in_steps::OffScreenSection;
    // (where the section's box is, what it shows in the frame of a change)
    for (top, in_that_frame) in [("0px", "1"), ("5000px", "0"), ("-400px", "0")] {
        let element = fixed_container(top);
        let source = RwSignal::new(0_usize);
        let handle = leptos::mount::mount_to(element.clone(), move || {
            let counted = Memo::new(move |_| source.get());
            let section = NodeRef::<leptos::html::Section>::new();
            let shown = OffScreenSection::watch(section).follow(counted);
            view! { <section node_ref=section style="height: 300px"><p>{move || shown.get()}</p></section> }
        });
        settle().await;
        let text = || element.query_selector("p").unwrap().unwrap().text_content().unwrap();
        assert_eq!(text(), "0", "at {top}, drawn at once the first time");
        source.set(1);
        let p = element.query_selector("p").unwrap().unwrap();
        let seen = in_next_frame(move || p.text_content().unwrap_or_default());
        settle().await;
        assert_eq!(*seen.borrow(), in_that_frame, "at {top}, in the frame of the change");
        assert!(eventually(|| text() == "1").await, "at {top}, up to date after that frame: {}", text());
        // Two changes in one frame off screen: the newest is shown after the paint.
        source.set(2);
        source.set(3);
        settle().await;
        assert!(eventually(|| text() == "3").await, "at {top}, the newest change after two: {}", text());
        drop(handle);
        element.remove();
    }
}

#[wasm_bindgen_test]
fn every_option_of_the_table_is_read_from_an_attribute_or_its_data_form_and_documented() {
    use zhenggai_widget::options::MOUNT_OPTIONS;
    use zhenggai_widget::{DEFAULT_TIMEOUT_SECONDS, Theme};
    let element = container();
    for (name, value) in [
        ("src", "/a.json"),
        ("data-compare", "/b.json"),
        ("lang", "en"),
        ("data-ns", "x."),
        ("filters", "s=wancheng"),
        ("data-theme", "dark"),
        ("elderly", ""),
        ("timeout", "7"),
        ("allow-data-param", "false"),
    ] {
        element.set_attribute(name, value).unwrap();
    }
    let options = MountOptions::from_element(&element);
    assert_eq!(options.data_src.as_deref(), Some("/a.json"));
    assert_eq!(options.compare_src.as_deref(), Some("/b.json"));
    assert_eq!((options.lang, options.namespace.as_str()), (Lang::En, "x."));
    assert_eq!(options.initial_view.as_deref(), Some("s=wancheng"));
    assert_eq!(options.theme, Theme::Dark);
    assert!(options.elderly, "a bare switch is on");
    assert_eq!(options.timeout_seconds, 7);
    assert!(!options.allow_data_param, "a switch written false is off");
    // The JS object reads the same table by key.
    let object = js_sys::JSON::parse(r#"{"data":"/c.json","namespace":"y.","elderly":true,"timeout":5000}"#).unwrap();
    let options = MountOptions::from_js(&object);
    assert_eq!((options.data_src.as_deref(), options.namespace.as_str()), (Some("/c.json"), "y."));
    assert!(options.elderly);
    assert_eq!(options.timeout_seconds, DEFAULT_TIMEOUT_SECONDS, "out of range: the default");
    // The standalone page's address sets the options it may, only where ?data= is allowed.
    let page = MountOptions { allow_data_param: true, ..MountOptions::default() };
    let from_address = page.clone().with_page_address("?lang=en&theme=dark&elderly=1&filters=s%3Dx&namespace=p.");
    assert_eq!((from_address.lang, from_address.theme, from_address.elderly), (Lang::En, Theme::Dark, true));
    assert_eq!(from_address.namespace, "p.");
    assert_eq!(from_address.initial_view, None, "filters come from the link's own keys");
    assert_eq!(MountOptions::default().with_page_address("?lang=en").lang, Lang::Zh, "a host's page: ignored");
    // docs/embedding.md lists every row of the table.
    let docs = include_str!("../docs/embedding.md");
    for option in MOUNT_OPTIONS {
        let row = format!("| `{}` (`data-{}`) |", option.attribute, option.attribute);
        assert!(docs.contains(&row), "docs/embedding.md has no row {row}");
    }
    element.remove();
}
