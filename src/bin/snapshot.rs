//! The embed generator's wasm: the widget's library with the `snapshot` feature, whose `renderSnapshot` the
//! generator page's script (embed/generator.js) calls. Starting it only installs the panic hook.

fn main() {
    zhenggai_widget::host::install_panic_hook();
}
