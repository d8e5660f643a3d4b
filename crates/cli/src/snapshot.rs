//! `zhenggai snapshot`: the widget's first view of a dataset as static HTML, rendered by the widget's own
//! components (`zhenggai_widget::snapshot`), for a page to show before the wasm arrives.
//!
//! Three forms: the bare markup (for the inside of an element the widget mounts into); `--embed BASE`, a
//! declarative shadow root (`<template shadowrootmode="open">` with the stylesheet from BASE) to paste inside
//! `<zhenggai-board>`, so that the host page's CSS cannot reach it before any script runs; and `--into PAGE`,
//! which puts it inside PAGE's `id="zhenggai"` element in place of what is there (what `make build` does to the
//! standalone page).

use std::path::Path;
use std::sync::Arc;

use zhenggai_core::Lang;

use crate::error::CliError;
use crate::{load_file, write_output};

/// The element of the standalone page the widget mounts into.
const MOUNT_ID: &str = "id=\"zhenggai\"";

/// What to write, and where.
pub struct SnapshotArgs<'a> {
    pub file: &'a Path,
    pub compare: Option<&'a Path>,
    pub embed: Option<&'a str>,
    pub into: Option<&'a Path>,
    pub output: Option<&'a Path>,
    pub appearance: zhenggai_widget::snapshot::Appearance,
}

/// Writes the snapshot of `args.file` in the form asked.
pub fn run(args: &SnapshotArgs, lang: Lang) -> Result<(), CliError> {
    let loaded = load_file(args.file)?;
    let compare = args.compare.map(load_file).transpose()?.map(Arc::new);
    let markup = zhenggai_widget::snapshot::render(Arc::new(loaded), compare, lang, args.appearance);
    let text = match (args.embed, args.into) {
        (Some(base), _) => zhenggai_widget::snapshot::embedded(&markup, base),
        (None, Some(page)) => into_page(page, &markup)?,
        (None, None) => markup,
    };
    write_output(args.output.or(args.into), &text)
}

/// `page` with the content of its `id="zhenggai"` element replaced by `markup`. The element is found by its id
/// and closed by the first closing tag of its own name after it (the page's mount element holds no element of
/// its own kind).
fn into_page(page: &Path, markup: &str) -> Result<String, CliError> {
    let html = std::fs::read_to_string(page).map_err(|error| CliError::read(page, error))?;
    let no_mount_element = || CliError::NoMountElement { page: page.to_owned() };
    let at = html.find(MOUNT_ID).ok_or_else(no_mount_element)?;
    let open = html[..at].rfind('<').ok_or_else(no_mount_element)?;
    let name: String = html[open + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let content_start = at + html[at..].find('>').ok_or_else(no_mount_element)? + 1;
    let close = format!("</{name}>");
    let content_end = content_start + html[content_start..].find(&close).ok_or_else(no_mount_element)?;
    Ok(format!("{}{markup}{}", &html[..content_start], &html[content_end..]))
}
