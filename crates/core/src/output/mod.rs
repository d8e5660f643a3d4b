//! What leaves the widget or the CLI as files: the filtered problems as CSV or as a dataset ([`export`]), and the
//! static, escaped HTML fallback ([`static_html`]).

pub mod export;
pub mod static_html;
