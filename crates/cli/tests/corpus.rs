//! The hostile-input corpus (tests/corpus/, format in its README) through the CLI: every dataset case is
//! refused with its documented message or accepted, and the static HTML fallback never lets markup through.
//! The browser runs the same cases in tests/e2e/corpus.spec.mjs.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::{Path, PathBuf};
use std::process::Command;

struct Case {
    name: String,
    attack: String,
    expect_error: bool,
    fragment: String,
    body: Vec<u8>,
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// The dataset cases (`.json` and `.gen`) whose names start with `prefix`; links and network cases only make
/// sense in a browser.
fn dataset_cases(prefix: &str) -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| matches!(path.extension().and_then(|e| e.to_str()), Some("json" | "gen")))
        .filter(|path| path.file_name().is_some_and(|name| name.to_string_lossy().starts_with(prefix)))
        .collect();
    paths.sort();
    paths.iter().map(|path| read_case(path)).collect()
}

fn read_case(path: &Path) -> Case {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = std::fs::read(path).unwrap();
    let end = bytes.iter().position(|&b| b == b'\n').unwrap();
    let note = std::str::from_utf8(&bytes[..end]).unwrap();
    let (attack, expect) = note.strip_prefix("# ").and_then(|n| n.split_once(" | expect: ")).unwrap_or_else(|| {
        panic!("{name}: the first line must read \"# <attack> | expect: error|loads [text]\"");
    });
    let (outcome, fragment) = expect.split_once(' ').unwrap_or((expect, ""));
    assert!(outcome == "error" || outcome == "loads", "{name}: unknown outcome {outcome}");
    let body = bytes[end + 1..].to_vec();
    let body = if name.ends_with(".gen") { generate(&name, &body) } else { body };
    Case { name, attack: attack.to_owned(), expect_error: outcome == "error", fragment: fragment.to_owned(), body }
}

/// The recipes of tests/corpus/corpus.mjs, written again here (the two must agree: the notes say what each makes).
fn generate(name: &str, recipe: &[u8]) -> Vec<u8> {
    let recipe = std::str::from_utf8(recipe).unwrap();
    let words: Vec<&str> = recipe.split_whitespace().collect();
    let n: usize = words[1].parse().unwrap();
    let reference = || -> serde_json::Value {
        serde_json::from_str(
            &std::fs::read_to_string(corpus_dir().join("../../data/shaoyang-jingkaiqu-2023-12-22.json")).unwrap(),
        )
        .unwrap()
    };
    match words[0] {
        "nesting" => format!("{{\"format_version\":1,\"report\":{}{}}}", "[".repeat(n), "]".repeat(n)).into_bytes(),
        "nesting-objects" => {
            format!("{{\"format_version\":1,\"x\":{}1{}}}", "{\"a\":".repeat(n), "}".repeat(n)).into_bytes()
        }
        "long-title" => {
            let mut dataset = reference();
            dataset["report"]["title"] = serde_json::Value::String("整".repeat(n.div_ceil(3)));
            serde_json::to_vec(&dataset).unwrap()
        }
        "repeat-problems" => {
            // Written as text rather than built as a value: 100 MB of serde_json values is slow in a debug build.
            let mut dataset = reference();
            let problems = std::mem::take(dataset["problems"].as_array_mut().unwrap());
            let skeleton = serde_json::to_string(&dataset).unwrap();
            let (head, tail) = skeleton.split_once("\"problems\":[]").unwrap();
            let mut text = format!("{head}\"problems\":[");
            for copy in 0.. {
                if text.len() + tail.len() >= n {
                    break;
                }
                for mut problem in problems.iter().cloned() {
                    problem["id"] = format!("{}-{copy}", problem["id"].as_str().unwrap()).into();
                    if !text.ends_with('[') {
                        text.push(',');
                    }
                    text.push_str(&serde_json::to_string(&problem).unwrap());
                }
            }
            text.push(']');
            text.push_str(tail);
            text.into_bytes()
        }
        other => panic!("{name}: unknown recipe {other}"),
    }
}

fn run(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_zhenggai")).args(args).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code(), text)
}

#[test]
fn every_dataset_case_gets_its_documented_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dataset_cases("");
    assert!(cases.len() >= 30, "the corpus went missing: {} cases", cases.len());
    for case in cases {
        let path = dir.path().join("case.json");
        std::fs::write(&path, &case.body).unwrap();
        let (code, output) = run(&["validate", path.to_str().unwrap()]);
        let what = format!("{} ({}): {output}", case.name, case.attack);
        if case.expect_error {
            assert_eq!(code, Some(1), "{what}");
            assert!(output.contains(&case.fragment), "{what}\nshould contain {:?}", case.fragment);
        } else {
            assert_eq!(code, Some(0), "{what}");
        }
        // The English messages exist for every refusal too.
        let (code_en, output_en) = run(&["validate", "--lang", "en", path.to_str().unwrap()]);
        assert_eq!(code_en, code, "{what}");
        assert!(!output_en.contains("错误"), "{}: English output still in Chinese: {output_en}", case.name);
    }
}

#[test]
fn the_static_fallback_shows_every_payload_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let payload_cases = dataset_cases("xss-");
    assert!(payload_cases.len() >= 6);
    for case in payload_cases {
        let path = dir.path().join("case.json");
        std::fs::write(&path, &case.body).unwrap();
        let (code, html) = run(&["render-html", path.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{}: {html}", case.name);
        // Text may say anything (`" onmouseover="` is harmless between tags); the tags must all be ours.
        for tag in tags(&html) {
            let name = tag.split([' ', '>', '/']).next().unwrap_or_default().to_lowercase();
            assert!(ALLOWED_TAGS.contains(&name.as_str()), "{}: the fallback has a <{name}> tag: <{tag}", case.name);
            let lower = tag.to_lowercase();
            assert!(!lower.contains(" on") && !lower.contains(" style="), "{}: attribute in <{tag}", case.name);
            assert!(!lower.contains("javascript:") && !lower.contains("data:"), "{}: address in <{tag}", case.name);
        }
        assert!(html.contains("__zgPwned"), "{}: the payload should be shown, escaped", case.name);
    }
}

/// The tags render-html writes (the fragment's own vocabulary).
const ALLOWED_TAGS: &[&str] = &[
    "section",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
    "span",
    "strong",
    "em",
    "small",
    "details",
    "summary",
    "time",
    "article",
    "div",
    "abbr",
    "br",
    "footer",
    "nav",
    "figure",
    "figcaption",
    "blockquote",
    "cite",
    "q",
    "b",
    "i",
    "mark",
    "code",
];

/// Every opening tag in `html`, from its name to its `>`: outside tags, a `<` is always escaped as `&lt;` (and
/// inside attribute values `>` is escaped too, so the first `>` ends the tag).
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .filter(|t| !t.starts_with('/') && !t.starts_with('!'))
        .map(|t| t.split('>').next().unwrap_or_default())
        .collect()
}

/// The snapshot (the widget's components rendered to HTML) of every case that loads shows the payloads as text:
/// its tags are the components' own, no attribute is an event handler or a style, and no address is a script.
#[test]
fn the_snapshot_shows_every_payload_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for case in dataset_cases("").into_iter().filter(|case| !case.expect_error && case.name.ends_with(".json")) {
        let path = dir.path().join("case.json");
        std::fs::write(&path, &case.body).unwrap();
        let (code, html) = run(&["snapshot", path.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{}: {html}", case.name);
        for (name, attributes) in elements(&html) {
            assert!(SNAPSHOT_TAGS.contains(&name.as_str()), "{}: the snapshot has a <{name}> tag", case.name);
            for (attribute, value) in attributes {
                assert!(!attribute.starts_with("on") && attribute != "style", "{}: <{name} {attribute}>", case.name);
                let value = value.to_lowercase();
                assert!(!value.trim_start().starts_with("javascript:"), "{}: <{name} {attribute}={value}>", case.name);
            }
        }
        if case.name.starts_with("xss-") {
            assert!(html.contains("__zgPwned"), "{}: the payload should be shown, escaped", case.name);
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} cases load");
}

/// The tags the widget's components write, HTML and the charts' SVG.
const SNAPSHOT_TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "button",
    "header",
    "section",
    "h1",
    "h2",
    "h3",
    "dl",
    "dt",
    "dd",
    "ol",
    "ul",
    "li",
    "small",
    "strong",
    "time",
    "figure",
    "figcaption",
    "details",
    "summary",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "fieldset",
    "legend",
    "label",
    "input",
    "select",
    "option",
    "mark",
    "code",
    "a",
    "progress",
    "svg",
    "defs",
    "pattern",
    "path",
    "rect",
    "text",
    "polyline",
    "line",
    "circle",
    "g",
];

/// Every element of `html` as its name and attributes, read as a browser's tokenizer would (quoted values may
/// hold `>`); text and comments are skipped. Panics on a `<` that starts neither a tag nor a comment, which
/// escaped text never has.
fn elements(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        if rest.starts_with('!') || rest.starts_with('/') {
            rest = rest.split_once('>').map_or("", |(_, after)| after);
            continue;
        }
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        assert!(!name.is_empty(), "a bare < in the markup: {}", &rest[..rest.len().min(80)]);
        rest = &rest[name.len()..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
                rest = after;
                break;
            }
            let attribute: String = rest.chars().take_while(|c| !c.is_whitespace() && !"=>/".contains(*c)).collect();
            assert!(!attribute.is_empty(), "unreadable tag <{name}: {}", &rest[..rest.len().min(80)]);
            rest = &rest[attribute.len()..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
                (value, rest) = match quote {
                    Some(q) => after[1..].split_once(q).map(|(v, r)| (v.to_owned(), r)).unwrap_or_default(),
                    None => {
                        let end = after.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(after.len());
                        (after[..end].to_owned(), &after[end..])
                    }
                };
            }
            attributes.push((attribute.to_lowercase(), value));
        }
        found.push((name.to_lowercase(), attributes));
    }
    found
}
