//! The importer against the hand-made reference dataset: importing data/source/shaoyang-jingkaiqu-2023-12-22.txt
//! must reproduce data/shaoyang-jingkaiqu-2023-12-22.json's structure, statuses, declared figures, dates, contact,
//! measures text and facts.
//!
//! Normalisation applied by the comparison: none for text. The cleaner keeps the PDF's spaces, so measures,
//! titles, narrative and next steps are compared byte for byte with the hand-made file. Ids differ by design (the
//! importer cannot write pinyin): statuses are compared by label and kind, categories by number and title.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::path::Path;

use zhenggai_core::import::{ImportReport, Recognition, import_text};
use zhenggai_core::model::{Dataset, StatusKind};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn imported() -> ImportReport {
    let text = std::fs::read_to_string(root().join("data/source/shaoyang-jingkaiqu-2023-12-22.txt")).unwrap();
    import_text(&text)
}

fn reference() -> Dataset {
    let text = std::fs::read_to_string(root().join("data/shaoyang-jingkaiqu-2023-12-22.json")).unwrap();
    zhenggai_core::load_str(&text).unwrap().data.into_dataset()
}

fn status_of(dataset: &Dataset, id: &str) -> (String, StatusKind) {
    let status = dataset.statuses.iter().find(|s| s.id == id).unwrap();
    (status.label.clone(), status.kind)
}

#[test]
fn the_imported_dataset_validates_and_places_every_line() {
    let report = imported();
    let json = serde_json::to_string(&report.dataset).unwrap();
    zhenggai_core::load_str(&json).unwrap();
    assert!(report.unplaced.is_empty(), "{:#?}", report.unplaced);
}

#[test]
fn categories_sections_and_statuses_match() {
    let (got, want) = (imported().dataset, reference());
    let cats = |d: &Dataset| -> Vec<(Option<String>, String, Option<String>)> {
        d.categories.iter().map(|c| (c.number.clone(), c.title.clone(), c.heading.clone())).collect()
    };
    assert_eq!(cats(&got), cats(&want));
    let sections = |d: &Dataset| -> Vec<(Option<String>, String)> {
        d.sections.iter().map(|s| (s.number.clone(), s.title.clone())).collect()
    };
    assert_eq!(sections(&got), sections(&want));
    let statuses = |d: &Dataset| -> Vec<(String, i32, StatusKind)> {
        d.statuses.iter().map(|s| (s.label.clone(), s.order, s.kind)).collect()
    };
    assert_eq!(statuses(&got), statuses(&want));
}

#[test]
fn problems_match_in_number_title_status_category_section_and_measures() {
    let (got, want) = (imported().dataset, reference());
    assert_eq!(got.problems.len(), 15);
    for (g, w) in got.problems.iter().zip(&want.problems) {
        assert_eq!(g.id, w.id);
        assert_eq!((&g.number, &g.title), (&w.number, &w.title), "{}", w.id);
        assert_eq!(status_of(&got, &g.status), status_of(&want, &w.status), "{}", w.id);
        // Category and section ids are both positional (c1…c7; s2, s3 after 二、三), so they compare directly.
        // p15 is printed under “三、长期整改 II 的整改事项” with no category. The hand-made dataset put it in c1 by
        // editorial judgement; the importer's documented rule (the category sharing most two-character words with
        // the problem title: 税收贡献, 项目, 不明显 …) reaches the same c1, and adds its own editorial note and a
        // warning because the text does not say so.
        assert_eq!(g.category, w.category, "{}", w.id);
        assert_eq!(g.section, w.section, "{}", w.id);
        assert_eq!(g.measures, w.measures, "{}: measures text", w.id);
        assert_eq!(g.editorial_note.is_some(), w.editorial_note.is_some(), "{}", w.id);
    }
}

#[test]
fn regulations_and_deadlines_match_exactly() {
    let (got, want) = (imported().dataset, reference());
    for (g, w) in got.problems.iter().zip(&want.problems) {
        let regs = |p: &zhenggai_core::model::Problem| -> Vec<(String, zhenggai_core::model::RegulationAction)> {
            p.regulations.iter().map(|r| (r.title.clone(), r.action)).collect()
        };
        assert_eq!(regs(g), regs(w), "{}", w.id);
        let deadlines =
            |p: &zhenggai_core::model::Problem| -> Vec<(String, zhenggai_core::model::DeadlineKind, String)> {
                p.deadlines.iter().map(|d| (d.due.to_string(), d.kind, d.text.clone())).collect()
            };
        assert_eq!(deadlines(g), deadlines(w), "{}", w.id);
    }
}

#[test]
fn metrics_match_in_figure_unit_qualifier_and_projection() {
    // `measure` is a human paraphrase in the hand-made file ("今年7月以来引进项目数"); the importer quotes the clause
    // instead, so it is not compared. Everything else is.
    let (got, want) = (imported().dataset, reference());
    for (g, w) in got.problems.iter().zip(&want.problems) {
        let metrics = |p: &zhenggai_core::model::Problem| -> Vec<(String, String, String, Option<String>, bool)> {
            p.metrics
                .iter()
                .map(|m| (m.text.clone(), m.value.to_string(), m.unit.clone(), m.qualifier.clone(), m.projected))
                .collect()
        };
        assert_eq!(metrics(g), metrics(w), "{}", w.id);
    }
}

#[test]
fn report_dates_unit_declared_figures_next_steps_and_contact_match() {
    let (got, want) = (imported().dataset, reference());
    assert_eq!(got.report.title, want.report.title);
    assert_eq!(got.report.issuer, want.report.issuer);
    assert_eq!(got.report.inspection, want.report.inspection);
    assert_eq!((got.report.as_of, got.report.published), (want.report.as_of, want.report.published));
    assert_eq!(got.report.narrative, want.report.narrative);
    assert_eq!((&got.units[0].name, &got.units[0].short_name), (&want.units[0].name, &want.units[0].short_name));
    assert_eq!(got.next_steps, want.next_steps);
    assert_eq!(got.contact, want.contact);

    let (gd, wd) = (&got.declared, &want.declared);
    assert_eq!((gd.categories, gd.problems), (Some(7), Some(15)));
    assert_eq!((gd.categories, gd.problems), (wd.categories, wd.problems));
    let by_status = |d: &Dataset| -> Vec<((String, StatusKind), u32)> {
        d.declared.by_status.iter().map(|c| (status_of(d, &c.status), c.count)).collect()
    };
    assert_eq!(by_status(&got), by_status(&want));
    assert_eq!((gd.petitions, gd.immediate_rectification), (wd.petitions, wd.immediate_rectification));
    assert_eq!(gd.documents_issued, Some(21));
    assert_eq!(gd.meetings, wd.meetings);
    assert_eq!(gd.source_text, wd.source_text);
    assert_eq!((gd.completion_rate, gd.measures), (wd.completion_rate, wd.measures));
}

#[test]
fn the_only_warning_is_the_category_the_text_did_not_give() {
    let report = imported();
    let kinds: Vec<String> = report.warnings.iter().map(|w| format!("{} {:?}", w.path, w.kind)).collect();
    assert_eq!(kinds.len(), 1, "{kinds:#?}");
    assert!(kinds[0].starts_with("$.problems[14].category ImportCategoryGuessed"), "{kinds:#?}");
    assert_eq!(report.warnings[0].position, Some((125, 1)));
}

#[test]
fn every_repair_is_reported_with_its_line() {
    let report = imported();
    let cleaned: Vec<(usize, &str)> = report
        .recognised
        .iter()
        .filter(|r| r.what == Recognition::Cleaned)
        .map(|r| (r.line, r.text.as_str()))
        .collect();
    // 6 page-break joins (lines 9, 25, 33, 93, 129, 137), the asterisks on 4 lines, 1 Latin word, 1 traditional pair.
    let joins: Vec<usize> = cleaned.iter().filter(|(_, t)| t.starts_with("+ ")).map(|(l, _)| *l).collect();
    assert_eq!(joins, [9, 25, 33, 93, 129, 137]);
    let asterisk_lines: Vec<usize> = cleaned.iter().filter(|(_, t)| t.starts_with("**")).map(|(l, _)| *l).collect();
    assert_eq!(asterisk_lines, [11, 13, 15, 147]);
    assert!(cleaned.contains(&(43, "“ and ” → 和 ×1")), "{cleaned:#?}");
    assert!(cleaned.contains(&(121, "辦 → 办")), "{cleaned:#?}");
    let statuses: Vec<(&str, StatusKind)> = report
        .recognised
        .iter()
        .filter_map(|r| match r.what {
            Recognition::Status { status_kind, certain: true } => Some((r.text.as_str(), status_kind)),
            _ => None,
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("完成", StatusKind::Done),
            ("基本完成", StatusKind::MostlyDone),
            ("长期整改 I", StatusKind::LongTerm),
            ("长期整改 II", StatusKind::LongTerm)
        ]
    );
}
