//! `zhenggai merge` through the CLI: the end-to-end tests' merged round is what the command makes of its inputs
//! (tests/e2e/fixtures/merge/README.md), decisions go to standard error, and a unit named twice is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn zhenggai(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhenggai")).current_dir(dir).args(args).output().unwrap()
}

#[test]
fn the_merged_round_of_the_end_to_end_tests_is_what_merge_makes() {
    let fixtures = root().join("tests/e2e/fixtures/merge");
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    for name in ["ziranziyuan", "jiaotong"] {
        let text = fixtures.join(format!("{name}.txt"));
        let out = zhenggai(dir, &["import", text.to_str().unwrap(), "-o", &format!("{name}.json")]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let out = zhenggai(
        dir,
        &["synth", "--units", "3", "--problems", "20", "--seed", "5", "--vocabulary", "2", "-o", "synth.json"],
    );
    assert!(out.status.success());
    let reference = root().join("data/shaoyang-jingkaiqu-2023-12-22.json");
    let out = zhenggai(
        dir,
        &[
            "merge",
            reference.to_str().unwrap(),
            "ziranziyuan.json",
            "jiaotong.json",
            "synth.json",
            "--title",
            "某县第二轮巡察整改进展情况",
            "-o",
            "round.json",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("合并：6 个单位，41 个问题"), "{stderr}");
    assert!(stderr.contains("整改状态“已完成”在 2 份通报中用法相同"), "{stderr}");
    assert!(stderr.contains("核对：0 条警告"), "{stderr}");
    let made = std::fs::read_to_string(dir.join("round.json")).unwrap();
    let kept = std::fs::read_to_string(root().join("tests/e2e/fixtures/merged-round.json")).unwrap();
    assert!(made == kept, "tests/e2e/fixtures/merged-round.json is out of date: regenerate it as its README says");
}

#[test]
fn a_unit_in_two_inputs_is_refused_with_exit_1_and_kept_once_with_latest() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let text = root().join("tests/e2e/fixtures/merge/ziranziyuan.txt");
    assert!(zhenggai(dir, &["import", text.to_str().unwrap(), "-o", "a.json"]).status.success());
    let out = zhenggai(dir, &["--lang", "en", "merge", "a.json", "a.json", "-o", "round.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("add --latest"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = zhenggai(dir, &["merge", "a.json", "a.json", "--latest", "-o", "round.json"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("保留较新的"));
}

#[test]
fn an_invalid_input_or_a_missing_file_is_refused() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    std::fs::write(dir.join("bad.json"), "{\"format_version\": 1}").unwrap();
    assert_eq!(zhenggai(dir, &["merge", "bad.json", "-o", "round.json"]).status.code(), Some(1));
    assert_eq!(zhenggai(dir, &["merge", "missing.json", "-o", "round.json"]).status.code(), Some(2));
    assert!(!dir.join("round.json").exists());
}
