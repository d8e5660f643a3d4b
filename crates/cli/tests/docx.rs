//! `zhenggai import` of Word files (tests/docx/, made by make_docx.py): a .docx gives exactly the dataset its text
//! gives, with automatic list numbers (WPS-style, not in the text) written back in front of their paragraphs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn import(path: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhenggai")).arg("import").arg(root().join(path)).output().unwrap()
}

fn dataset(path: &str) -> String {
    let out = import(path);
    assert!(out.status.success(), "{path}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_reference_report_as_a_word_file_imports_as_its_text() {
    let from_text = dataset("data/source/shaoyang-jingkaiqu-2023-12-22.txt");
    let from_word = dataset("tests/docx/reference.docx");
    assert!(from_word == from_text, "reference.docx imports differently from its text");
    assert!(from_word.contains("\"p15\""));
}

#[test]
fn automatic_list_numbers_are_written_back() {
    let from_text = dataset("tests/docx/numbered.txt");
    let from_word = dataset("tests/docx/numbered.docx");
    assert!(from_word == from_text, "numbered.docx imports differently from numbered.txt:\n{from_word}");
    // The numbers were not in the Word file's text: the categories and problems come from the list numbering.
    assert!(from_word.contains("\"number\": \"（二）\"") && from_word.contains("\"number\": \"2\""));
}

#[test]
fn a_file_that_is_not_a_docx_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.docx");
    std::fs::write(&path, b"PK\x03\x04 a damaged archive").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_zhenggai")).arg("import").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("无法读取这个 Word 文件"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
