//! Elderly-friendly mode (适老化), after MIIT's 《互联网网站适老化通用设计规范》: larger text, higher contrast,
//! larger targets, a simpler layout. The visitor's choice is remembered in local storage.

use leptos::prelude::*;

/// The local-storage key of the visitor's choice.
const KEY: &str = "zhenggai.elderly";

/// The mode, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Elderly(pub RwSignal<bool>);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The visitor's remembered choice, if they made one.
pub fn remembered() -> Option<bool> {
    match storage()?.get_item(KEY).ok()??.as_str() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Remembers the visitor's choice. A full or disabled storage only forgets it.
pub fn remember(on: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, if on { "1" } else { "0" });
    }
}
