//! The standalone page: mounts the widget into the page's `#zhenggai` element (see index.html).

fn main() {
    zhenggai_widget::start();
}
