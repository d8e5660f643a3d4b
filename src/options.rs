//! The mount options, defined once: the table [`MOUNT_OPTIONS`] names each option everywhere it can be given —
//! an attribute of `<zhenggai-board>` or `<div data-zhenggai>` (also with a `data-` prefix, as on the standalone
//! page's `#zhenggai`), a key of the JavaScript `mount()` options, a parameter of the standalone page's address
//! (which the iframe embed uses) — and [`MountOptions`] reads them all through it. The loader hands the element
//! itself to the wasm, the snippet generator writes its snippets from the table ([`mount_option_table`]), and
//! docs/embedding.md lists the same rows.

use wasm_bindgen::prelude::*;
use zhenggai_core::Lang;
use zhenggai_core::view::view_state::DEFAULT_NAMESPACE;

use crate::host;

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on light backgrounds: the default, whatever the visitor's system prefers.
    #[default]
    Light,
    /// Light text on dark backgrounds.
    Dark,
}

impl Theme {
    /// Reads `light`, `dark` or `auto` (the visitor's `prefers-color-scheme`); anything else, or nothing, is light:
    /// a host page is light unless its web team chooses otherwise (docs/embedding.md). The standalone page asks for
    /// `auto`.
    pub fn resolve(word: Option<&str>) -> Self {
        match word.map(str::trim) {
            Some("dark") => Self::Dark,
            Some("auto") => {
                let prefers_dark = web_sys::window()
                    .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                    .is_some_and(|query| query.matches());
                if prefers_dark { Self::Dark } else { Self::Light }
            }
            _ => Self::Light,
        }
    }

    /// The CSS class of the widget root.
    pub fn class(self) -> &'static str {
        match self {
            Self::Light => "zg-theme-light",
            Self::Dark => "zg-theme-dark",
        }
    }
}

/// One mount option and its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MountOption {
    /// The key of the JavaScript options object and of the standalone page's address.
    pub key: &'static str,
    /// The element's attribute; `data-` followed by it is read too.
    pub attribute: &'static str,
    /// A switch: on when present (any value but `false`, `0` or `off`); otherwise a text.
    pub switch: bool,
    /// Whether the standalone page's address may set it (`index.html?lang=en`), where `?data=` is allowed: how the
    /// iframe embed passes the web team's choices.
    pub in_page_address: bool,
    /// What it is when not given, in words (the generator and the docs show it).
    pub default: &'static str,
}

const fn text(key: &'static str, attribute: &'static str, in_page_address: bool, default: &'static str) -> MountOption {
    MountOption { key, attribute, switch: false, in_page_address, default }
}

/// Every mount option. `height` is the loader's (the element's own maximum height, set before the wasm runs);
/// the others are the widget's.
pub const MOUNT_OPTIONS: [MountOption; 10] = [
    text("data", "src", true, "the reference report"),
    text("compare", "compare", true, ""),
    text("lang", "lang", true, "zh"),
    text("namespace", "ns", true, DEFAULT_NAMESPACE),
    text("filters", "filters", false, ""),
    text("theme", "theme", true, "light"),
    MountOption { key: "elderly", attribute: "elderly", switch: true, in_page_address: true, default: "off" },
    text("timeout", "timeout", true, "30"),
    text("height", "height", false, "none"),
    MountOption {
        key: "allowDataParam",
        attribute: "allow-data-param",
        switch: true,
        in_page_address: false,
        default: "off",
    },
];

impl MountOption {
    /// The option named `key` in [`MOUNT_OPTIONS`].
    fn named(key: &str) -> Option<&'static MountOption> {
        MOUNT_OPTIONS.iter().find(|option| option.key == key)
    }
}

/// How a widget instance is set up by its host page.
#[derive(Debug, Clone, PartialEq)]
pub struct MountOptions {
    /// The initial UI language.
    pub lang: Lang,
    /// Prefix of the widget's keys in the page URL, e.g. `zg.`; give each instance on a page its own.
    pub namespace: String,
    /// The dataset's address (`data-src`); the embedded reference report when absent.
    pub data_src: Option<String>,
    /// An earlier report of the same round or unit to compare with (`data-compare`), for progress over time.
    pub compare_src: Option<String>,
    /// Whether a `?data=` URL parameter may choose the dataset. On by default only on the standalone page: on a
    /// host's page it would let any link show other data under the host's name.
    pub allow_data_param: bool,
    /// The view to start with when the link has none, written like a link without the namespace:
    /// `s=wancheng&c=c1,c3&q=安置`.
    pub initial_view: Option<String>,
    /// The colour theme.
    pub theme: Theme,
    /// Elderly-friendly mode (适老化) on from the start; the visitor's own choice, remembered in local storage,
    /// wins over it.
    pub elderly: bool,
    /// Seconds of silence from the data server after which a download is given up (`data-timeout`).
    pub timeout_seconds: u32,
}

/// How long a silent data server is waited for, unless the host page says otherwise.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 30;

/// Reads a timeout in whole seconds; anything else (empty, negative, zero, huge) keeps the default.
fn timeout_seconds(value: Option<String>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&seconds| (1..=3600).contains(&seconds))
        .unwrap_or(DEFAULT_TIMEOUT_SECONDS)
}

/// Whether a switch's value means on: present, and not `false`, `0` or `off`.
fn is_on(value: &str) -> bool {
    !matches!(value.trim().to_ascii_lowercase().as_str(), "false" | "0" | "off")
}

impl Default for MountOptions {
    fn default() -> Self {
        Self {
            lang: Lang::default(),
            namespace: DEFAULT_NAMESPACE.to_owned(),
            data_src: None,
            compare_src: None,
            allow_data_param: false,
            initial_view: None,
            theme: Theme::default(),
            elderly: false,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
        }
    }
}

impl MountOptions {
    /// Reads every option of the table through `value`: an option's text as given (for a switch, any text when
    /// present), or `None` when it is not given.
    fn read(value: impl Fn(&MountOption) -> Option<String>) -> Self {
        let given = |key: &str| MountOption::named(key).and_then(&value);
        let text = |key: &str| given(key).filter(|v| !v.trim().is_empty());
        let switch = |key: &str| given(key).is_some_and(|v| is_on(&v));
        Self {
            lang: text("lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default(),
            namespace: text("namespace").unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned()),
            data_src: text("data"),
            compare_src: text("compare"),
            allow_data_param: switch("allowDataParam"),
            initial_view: text("filters"),
            theme: Theme::resolve(text("theme").as_deref()),
            elderly: switch("elderly"),
            timeout_seconds: timeout_seconds(text("timeout")),
        }
    }

    /// Reads the options from an element's attributes (`lang` or `data-lang`, and so on for every row of
    /// [`MOUNT_OPTIONS`]).
    pub fn from_element(element: &web_sys::Element) -> Self {
        Self::read(|option| {
            element
                .get_attribute(option.attribute)
                .or_else(|| element.get_attribute(&format!("data-{}", option.attribute)))
        })
    }

    /// Reads `{ data, compare, lang, namespace, filters, theme, elderly, timeout, allowDataParam }` from a JS
    /// options object.
    pub fn from_js(options: &JsValue) -> Self {
        Self::read(|option| match option.switch {
            true => host::bool_option(options, option.key).then(String::new),
            false => host::number_option(options, option.key),
        })
    }

    /// The options the standalone page's address gives (`?lang=en&theme=dark&elderly=1`), over `self`; only where
    /// `?data=` is allowed, since elsewhere the address belongs to the host page.
    pub fn with_page_address(self, query: &str) -> Self {
        if !self.allow_data_param {
            return self;
        }
        let pairs = crate::url_state::query_pairs(query);
        let from_address = |option: &MountOption| {
            option
                .in_page_address
                .then(|| pairs.iter().find(|(key, _)| key == option.key).map(|(_, value)| value.clone()))
                .flatten()
        };
        let given = Self::read(from_address);
        let has = |key: &str| MountOption::named(key).and_then(from_address).is_some();
        Self {
            lang: if has("lang") { given.lang } else { self.lang },
            namespace: if has("namespace") { given.namespace } else { self.namespace },
            theme: if has("theme") { given.theme } else { self.theme },
            elderly: if has("elderly") { given.elderly } else { self.elderly },
            timeout_seconds: if has("timeout") { given.timeout_seconds } else { self.timeout_seconds },
            // The dataset and the comparison are read from the address by `source.rs`, with the same keys.
            ..self
        }
    }
}

/// The table of mount options, for the snippet generator: `[{ key, attribute, switch, inPageAddress, default }]`.
#[wasm_bindgen(js_name = mountOptionTable)]
pub fn mount_option_table() -> JsValue {
    let rows = js_sys::Array::new();
    for option in MOUNT_OPTIONS {
        rows.push(&crate::host::plain_object([
            ("key", option.key.into()),
            ("attribute", option.attribute.into()),
            ("switch", option.switch.into()),
            ("inPageAddress", option.in_page_address.into()),
            ("default", option.default.into()),
        ]));
    }
    rows.into()
}
