//! The `zhenggai` binary as a user runs it: exit codes, output, languages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::PathBuf;
use std::process::{Command, Output};

fn zhenggai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhenggai")).args(args).output().unwrap()
}

fn reference() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/shaoyang-jingkaiqu-2023-12-22.json")
        .display()
        .to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write_temp(dir: &tempfile::TempDir, name: &str, contents: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path.display().to_string()
}

#[test]
fn summary_of_the_reference_dataset_matches_the_report() {
    let out = zhenggai(&["summary", &reference()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["units"], 1);
    assert_eq!(summary["categories"], 7);
    assert_eq!(summary["problems"], 15);
    assert_eq!(
        summary["by_status"],
        serde_json::json!({ "完成": 1, "基本完成": 4, "长期整改 I": 9, "长期整改 II": 1 })
    );
    let statuses: Vec<&String> = summary["by_status"].as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["完成", "基本完成", "长期整改 I", "长期整改 II"], "statuses keep their order");
    assert_eq!(summary["by_category"]["管理体制机制不够完善"], 4);
    assert_eq!(summary["declared"]["problems"], 15);
    assert_eq!(summary["declared"]["by_status"]["长期整改 I"], 9);
    assert_eq!(summary["declared"]["petitions"], serde_json::json!({ "total": 13, "settled": 13 }));
    assert_eq!(summary["declared"]["meetings"]["书记专题会及专项调度会"], 36);
    assert_eq!(summary["warnings"], serde_json::json!([]));
}

#[test]
fn validate_exits_zero_for_a_valid_file() {
    let out = zhenggai(&["validate", &reference()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("有效（15 个问题，0 条警告）"), "{}", text(&out.stdout));
}

#[test]
fn validate_exits_one_and_prints_paths_for_an_invalid_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken =
        std::fs::read_to_string(reference()).unwrap().replacen("\"status\": \"wancheng\"", "\"status\": \"nope\"", 1);
    let path = write_temp(&dir, "broken.json", &broken);
    let out = zhenggai(&["validate", "--lang", "en", &reference(), &path]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("invalid (1 errors)"), "{stdout}");
    assert!(stdout.contains("error $.problems[12].status: There is no status with the id “nope”."), "{stdout}");
}

#[test]
fn validate_prints_line_and_column_of_a_syntax_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_temp(&dir, "syntax.json", "{\"format_version\": 1,\n\"report\": {,}}");
    let out = zhenggai(&["validate", &path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("（第2行第12列）"), "{}", text(&out.stdout));
}

#[test]
fn warnings_are_printed_but_do_not_fail_validation() {
    let dir = tempfile::tempdir().unwrap();
    let changed = std::fs::read_to_string(reference()).unwrap().replacen("\"problems\": 15", "\"problems\": 16", 1);
    let path = write_temp(&dir, "mismatch.json", &changed);
    let out = zhenggai(&["validate", &path]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("警告 $.declared.problems：通报声明的问题总数为 16，但逐条统计为 15"),
        "{}",
        text(&out.stdout)
    );
    let summary: serde_json::Value = serde_json::from_slice(&zhenggai(&["summary", &path]).stdout).unwrap();
    assert_eq!(summary["warnings"][0]["path"], "$.declared.problems");
}

#[test]
fn each_failure_is_printed_once_on_standard_error_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let invalid = write_temp(&dir, "invalid.json", "{\"format_version\": 1}");
    // An invalid dataset: its heading once, then its errors, and exit 1; nothing on standard output.
    for command in ["summary", "render-html", "snapshot"] {
        let out = zhenggai(&[command, "--lang", "en", &invalid]);
        assert_eq!(out.status.code(), Some(1), "{command}");
        let stderr = text(&out.stderr);
        assert_eq!(stderr.matches("is not a valid dataset").count(), 1, "{command}: {stderr}");
        assert!(
            stderr.contains("\n  error $ (line 1, column 21): The required field “report” is missing."),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "{command}");
    }
    // validate goes on after a file it cannot read, and says each failure once; the unreadable file decides the
    // exit code (2 over 1).
    let out = zhenggai(&["validate", &invalid, "/nonexistent/file.json", &reference()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [
            "zhenggai: 无法读取文件 /nonexistent/file.json：No such file or directory (os error 2)",
            "zhenggai: 3 个文件中有 1 个无效"
        ],
        "{stderr}"
    );
    assert!(text(&out.stdout).contains("有效（15 个问题，0 条警告）"));
    // A page with nowhere to put a snapshot.
    let page = write_temp(&dir, "page.html", "<main></main>");
    let out = zhenggai(&["snapshot", "--into", &page, &reference()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr), format!("zhenggai: 页面 {page} 中没有 id=\"zhenggai\" 的元素\n"));
}

#[test]
fn usage_errors_and_unreadable_files_exit_two() {
    assert_eq!(zhenggai(&["validate"]).status.code(), Some(2));
    assert_eq!(zhenggai(&["frobnicate"]).status.code(), Some(2));
    let out = zhenggai(&["validate", "/nonexistent/file.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("无法读取文件"), "{}", text(&out.stderr));
}

#[test]
fn every_command_has_help() {
    for command in ["validate", "summary", "schema", "render-html", "import", "synth"] {
        let out = zhenggai(&[command, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{command} --help");
        assert!(text(&out.stdout).contains("Usage: zhenggai"), "{command}: {}", text(&out.stdout));
    }
}

#[test]
fn render_html_writes_an_escaped_accessible_fragment() {
    let out = zhenggai(&["render-html", &reference()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let html = text(&out.stdout);
    assert!(html.starts_with("<section class=\"zg-static\" lang=\"zh-CN\">"), "{html}");
    assert!(html.contains("<h2>中共邵阳经济技术开发区工作委员会关于巡视整改进展情况的通报</h2>"));
    assert_eq!(html.matches("<li>").count(), 15);
    assert!(html.contains("<tr><th scope=\"row\">长期整改 I</th><td>9</td></tr>"));
    assert!(!html.contains("style=") && !html.contains("<script"), "no style attributes, no scripts");

    let dir = tempfile::tempdir().unwrap();
    let hostile = std::fs::read_to_string(reference()).unwrap().replacen(
        "\"title\": \"招商引资项目质量不够高\"",
        "\"title\": \"<script>alert(1)</script>\"",
        1,
    );
    let path = write_temp(&dir, "hostile.json", &hostile);
    let out_path = dir.path().join("out.html");
    let out = zhenggai(&["render-html", "--lang", "en", &path, "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let html = std::fs::read_to_string(out_path).unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("<caption>Problems by status</caption>"));
}

fn source_report() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/source/shaoyang-jingkaiqu-2023-12-22.txt")
        .display()
        .to_string()
}

#[test]
fn import_of_the_reference_report_writes_a_valid_dataset_and_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("imported.json").display().to_string();
    let out = zhenggai(&["import", &source_report(), "-o", &out_path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "with -o nothing goes to stdout");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("导入：15 个问题，7 个方面，4 种整改状态。"), "{stderr}");
    assert!(stderr.contains("未能归位的行：0"), "{stderr}");
    assert!(stderr.contains("警告 $.problems[14].category（第125行第1列）"), "{stderr}");
    let validated = zhenggai(&["validate", &out_path]);
    assert_eq!(validated.status.code(), Some(0));
    assert!(text(&validated.stdout).contains("有效（15 个问题，0 条警告）"), "{}", text(&validated.stdout));
}

#[test]
fn import_reads_stdin_and_writes_stdout_with_english_messages() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhenggai"))
        .args(["--lang", "en", "import", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let report = "某局党组关于巡察整改进展情况的通报\n\n二、整改事项\n\n（一）反馈问题：甲\n\n1.关于甲的问题。\n\n整改结果：完成\n\n整改情况：已处理。\n\n中共某局党组\n\n2023年12月22日\n\n附件：无\n";
    child.stdin.take().unwrap().write_all(report.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dataset: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dataset["problems"][0]["title"], "关于甲的问题");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("imported: 1 problems, 1 categories, 1 statuses"), "{stderr}");
    assert!(stderr.contains("unplaced lines: 1\n  line 17: 附件：无"), "{stderr}");
}

#[test]
fn import_of_a_missing_file_or_non_utf8_input_exits_two() {
    let out = zhenggai(&["import", "/nonexistent/report.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gbk.txt");
    std::fs::write(&path, [0xd6, 0xd0, 0xb9, 0xfa]).unwrap();
    let out = zhenggai(&["--lang", "en", "import", &path.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not UTF-8 text"), "{}", text(&out.stderr));
}

#[test]
fn synth_writes_a_round_that_validates_with_no_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("round.json").display().to_string();
    let args = ["synth", "--units", "4", "--problems", "60", "--seed", "9", "--vocabulary", "3", "-o", &out_path];
    let out = zhenggai(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "with -o nothing goes to stdout");
    let stderr = text(&out.stderr);
    let bytes = std::fs::metadata(&out_path).unwrap().len();
    assert!(stderr.starts_with("合成：4 个单位，60 个问题，"), "{stderr}");
    assert!(stderr.contains(&format!("{bytes} 字节")), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let validated = zhenggai(&["validate", &out_path]);
    assert_eq!(validated.status.code(), Some(0));
    assert!(text(&validated.stdout).contains("有效（60 个问题，0 条警告）"), "{}", text(&validated.stdout));

    let again = zhenggai(&["synth", "--units", "4", "--problems", "60", "--seed", "9", "--vocabulary", "3"]);
    assert_eq!(again.stdout, std::fs::read(&out_path).unwrap(), "stdout gets the same bytes");
    let dataset: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(dataset["statuses"][0]["label"], "已整改到位");
    assert_eq!(dataset["problems"].as_array().unwrap().len(), 60);

    let later =
        zhenggai(&["--lang", "en", "synth", "--units", "4", "--problems", "60", "--seed", "9", "--later", "--pretty"]);
    assert_eq!(later.status.code(), Some(0));
    assert!(text(&later.stderr).starts_with("synthesised: 4 units, 60 problems, "), "{}", text(&later.stderr));
    assert!(text(&later.stdout).starts_with("{\n  \"format_version\": 1,"), "pretty JSON");
}

#[test]
fn synth_refuses_impossible_sizes_with_exit_two() {
    let out = zhenggai(&["synth", "--units", "5", "--problems", "3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("--units 5 多于 --problems 3：每个单位至少有一个问题"), "{}", text(&out.stderr));
    let out = zhenggai(&["--lang", "en", "synth", "--units", "5", "--problems", "3"]);
    assert!(text(&out.stderr).contains("there cannot be more units than problems"), "{}", text(&out.stderr));
    for bad in
        [["--units", "0"], ["--problems", "0"], ["--problems", "2000001"], ["--vocabulary", "4"], ["--seed", "x"]]
    {
        let out = zhenggai(&["synth", bad[0], bad[1]]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(text(&out.stderr).contains(bad[0]), "{bad:?}: {}", text(&out.stderr));
    }
}

#[test]
fn snapshot_renders_the_first_view_bare_embedded_or_into_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/shaoyang-jingkaiqu-2023-12-22.json");
    let bare = zhenggai(&["snapshot", data]);
    assert!(bare.status.success());
    let markup = String::from_utf8(bare.stdout).unwrap();
    assert!(markup.starts_with("<div lang=\"zh-CN\" class=\"zg zg-theme-light zg-snapshot\">"), "{}", &markup[..120]);
    assert_eq!(markup.matches("data-testid=\"problem\"").count(), 15);
    assert_eq!(markup.matches("<figure").count(), 2, "the status and category charts");
    assert!(markup.contains("id=\"zgs-charts-heading\""), "its own ids, never a live widget's");
    assert!(!markup.contains("style="), "no style attribute: a strict CSP would refuse it");

    let english = String::from_utf8(zhenggai(&["--lang", "en", "snapshot", data]).stdout).unwrap();
    assert!(english.contains(">Charts</h2>"));

    // With the earlier report of data-compare, the comparison panel as the widget shows it; an unreadable one is
    // refused like any input file.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/e2e/fixtures");
    let (later, earlier) = (format!("{fixtures}/round-later.json"), format!("{fixtures}/round.json"));
    let compared = String::from_utf8(zhenggai(&["snapshot", &later, "--compare", &earlier]).stdout).unwrap();
    assert!(compared.contains("data-testid=\"progress-summary\""));
    assert_eq!(zhenggai(&["snapshot", &later, "--compare", "/no/such/file.json"]).status.code(), Some(2));

    // Drawn as a widget with data-theme="dark" and data-elderly is.
    let dark = String::from_utf8(zhenggai(&["snapshot", data, "--dark", "--elderly"]).stdout).unwrap();
    assert!(
        dark.starts_with("<div lang=\"zh-CN\" class=\"zg zg-theme-dark zg-elderly zg-snapshot\">"),
        "{}",
        &dark[..120]
    );
    assert!(dark.contains("aria-pressed=\"true\""), "the 适老化 switch pressed, as the live toolbar has it");

    let embedded = String::from_utf8(zhenggai(&["snapshot", data, "--embed", "https://w.example/zg/"]).stdout).unwrap();
    assert!(embedded.starts_with(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://w.example/zg/zhenggai.css\"><div class=\"zg-host\"><div"
    ));
    assert!(embedded.ends_with("</div></template>"));

    let page = dir.path().join("index.html");
    std::fs::write(&page, "<body><main id=\"zhenggai\" class=\"zg-host\"><p>正在加载</p></main><p>after</p></body>")
        .unwrap();
    assert!(zhenggai(&["snapshot", data, "--into", page.to_str().unwrap()]).status.success());
    let written = std::fs::read_to_string(&page).unwrap();
    assert!(written.starts_with("<body><main id=\"zhenggai\" class=\"zg-host\"><div lang=\"zh-CN\""));
    assert!(!written.contains("正在加载") && written.ends_with("</main><p>after</p></body>"));

    let elsewhere = dir.path().join("other.html");
    std::fs::write(&elsewhere, "<body><main></main></body>").unwrap();
    let refused = zhenggai(&["snapshot", data, "--into", elsewhere.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("id=\"zhenggai\""));
}
