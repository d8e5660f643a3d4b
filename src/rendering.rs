//! Where the components render: live, for a visitor in the browser, or into a snapshot's static HTML (natively
//! for `zhenggai snapshot`, or in the embed generator's wasm built with the `snapshot` feature). A snapshot is the
//! first frame before any effect, so where the two differ (measuring the page, listening to the window, reading
//! the page's address, drawing in steps after the paint) the components ask [`LIVE`].

/// True in the wasm that mounts live widgets; false natively and in the snapshot renderer's wasm, which only
/// writes snapshots (Leptos' `ssr` feature there leaves out event handlers).
pub const LIVE: bool = cfg!(all(target_arch = "wasm32", not(feature = "snapshot")));
