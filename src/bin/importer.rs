//! The authoring page's wasm: the widget's library with the `importer` feature, whose `mountImporter` the page's
//! script (authoring/import.js) calls. Starting it only installs the panic hook (the crash notice).

fn main() {
    zhenggai_widget::host::install_panic_hook();
}
