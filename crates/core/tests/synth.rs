//! Synthetic rounds: deterministic per seed, valid with no warnings, shaped like real reports, and a follow-up
//! report that only moves forward.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use std::collections::HashMap;

use zhenggai_core::model::{Dataset, StatusKind};
use zhenggai_core::synth::{SynthOptions, VOCABULARY_COUNT, synth};
use zhenggai_core::{Loaded, load_str};

fn options(units: u32, problems: u32, seed: u64) -> SynthOptions {
    SynthOptions { units, problems, seed, ..SynthOptions::default() }
}

fn json(options: &SynthOptions) -> String {
    serde_json::to_string(&synth(options)).unwrap()
}

/// Loads through the JSON text, as the widget and the CLI do, and insists on no warnings.
fn load_clean(options: &SynthOptions) -> Loaded {
    let loaded = load_str(&json(options)).unwrap_or_else(|errors| panic!("{options:?}: {errors:#?}"));
    assert!(loaded.warnings.is_empty(), "{options:?}: {:#?}", loaded.warnings);
    loaded
}

fn kind_of(dataset: &Dataset, status: &str) -> StatusKind {
    dataset.statuses.iter().find(|s| s.id == status).unwrap().kind
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
    let first = json(&options(7, 300, 42));
    assert_eq!(first, json(&options(7, 300, 42)));
    assert_ne!(first, json(&options(7, 300, 43)));
    let later = SynthOptions { later: true, ..options(7, 300, 42) };
    assert_eq!(json(&later), json(&later));
}

#[test]
fn loads_with_no_errors_and_no_warnings_for_many_shapes() {
    let shapes = [(1, 1), (1, 40), (3, 3), (5, 5), (40, 40), (7, 300), (2, 9), (12, 13)];
    for (i, &(units, problems)) in shapes.iter().enumerate() {
        for vocabulary in [None, Some(1), Some(2), Some(3)] {
            for later in [false, true] {
                let seed = 1000 + i as u64;
                load_clean(&SynthOptions { units, problems, seed, vocabulary, later });
            }
        }
    }
    // Loading is slow in a debug build; one larger round, both reports, is enough.
    for later in [false, true] {
        load_clean(&SynthOptions { later, ..options(100, 2000, 17) });
    }
}

#[test]
fn more_units_than_problems_and_no_problems_still_load_cleanly() {
    let loaded = load_clean(&options(10, 4, 5));
    assert_eq!(loaded.data.dataset().units.len(), 10);
    assert_eq!(loaded.data.problems().len(), 4);
    let empty = load_clean(&options(1, 0, 5));
    assert_eq!(empty.data.problems().len(), 0);
    assert_eq!(load_clean(&options(0, 3, 5)).data.dataset().units.len(), 1, "0 units is read as 1");
}

#[test]
fn exactly_m_problems_over_n_units_every_unit_with_one_unevenly() {
    for (units, problems, seed) in [(1, 17, 1), (9, 9, 2), (25, 1000, 3), (60, 61, 4)] {
        let dataset = synth(&options(units, problems, seed));
        assert_eq!(dataset.units.len(), units as usize);
        assert_eq!(dataset.problems.len(), problems as usize);
        let mut per_unit: HashMap<&str, usize> = HashMap::new();
        for problem in &dataset.problems {
            *per_unit.entry(problem.unit.as_deref().unwrap()).or_default() += 1;
        }
        assert_eq!(per_unit.len(), units as usize, "every unit has a problem");
        if units > 1 && problems >= 10 * units {
            let (min, max) = (per_unit.values().min().unwrap(), per_unit.values().max().unwrap());
            assert!(max >= &(3 * min), "uneven: {min}..{max}");
        }
        let mut ids: Vec<&str> = dataset.problems.iter().map(|p| p.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), problems as usize, "ids are unique");
    }
}

#[test]
fn categories_units_and_report_look_like_a_real_round() {
    let dataset = synth(&options(30, 600, 9));
    assert!((5..=9).contains(&dataset.categories.len()), "{}", dataset.categories.len());
    assert_eq!(dataset.categories[0].title, "贯彻落实党的路线方针政策和党中央决策部署方面");
    assert_eq!(dataset.categories[0].number.as_deref(), Some("（一）"));
    assert!(
        dataset.report.title.starts_with("关于十四届省委第")
            && dataset.report.title.ends_with("轮巡视整改进展情况的通报")
    );
    assert!(dataset.report.source.as_ref().unwrap().description.contains("虚构"), "says it is invented");
    let mut names: Vec<&str> = dataset.units.iter().map(|u| u.name.as_str()).collect();
    assert!(
        names.iter().all(|n| ["局", "政府", "委员会", "公司", "医院", "学院", "学校"].iter().any(|e| n.ends_with(e)))
    );
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 30, "unit names are distinct");
    assert_eq!(dataset.units[0].id, "u001");
    assert_eq!(dataset.problems[0].number, "1");
    assert!(dataset.problems.iter().all(|p| !p.title.is_empty()));
}

#[test]
fn texts_have_realistic_lengths_and_every_fact_quotes_its_measures() {
    let dataset = synth(&options(20, 3000, 77));
    let (mut with_metric, mut with_regulation, mut with_deadline) = (0, 0, 0);
    for problem in &dataset.problems {
        let title = problem.title.chars().count();
        assert!((15..=40).contains(&title), "title of {title} characters: {}", problem.title);
        assert!((1..=2).contains(&problem.measures.len()), "{}", problem.id);
        for paragraph in &problem.measures {
            let n = paragraph.chars().count();
            assert!((40..=160).contains(&n), "paragraph of {n} characters in {}: {paragraph}", problem.id);
        }
        let text = problem.measures.join("\n");
        for metric in &problem.metrics {
            assert!(text.contains(&metric.text), "{}: metric {:?} not in the measures", problem.id, metric.text);
            assert!(metric.text.ends_with(&metric.unit));
        }
        for deadline in &problem.deadlines {
            assert!(text.contains(&deadline.text), "{}: deadline {:?} not in the measures", problem.id, deadline.text);
        }
        for regulation in &problem.regulations {
            let quoted = format!("《{}》", regulation.title);
            assert!(text.contains(&quoted), "{}: regulation {quoted} not in the measures", problem.id);
        }
        with_metric += usize::from(!problem.metrics.is_empty());
        with_regulation += usize::from(!problem.regulations.is_empty());
        with_deadline += usize::from(!problem.deadlines.is_empty());
    }
    let share = |n: usize| n * 100 / dataset.problems.len();
    assert!((24..=36).contains(&share(with_metric)), "metrics in {}%", share(with_metric));
    assert!((19..=31).contains(&share(with_regulation)), "regulations in {}%", share(with_regulation));
    assert!((15..=25).contains(&share(with_deadline)), "deadlines in {}%", share(with_deadline));
}

#[test]
fn most_problems_are_done_and_deadlines_fall_on_both_sides_of_the_as_of_date() {
    let dataset = synth(&options(20, 3000, 5));
    let done = dataset.problems.iter().filter(|p| kind_of(&dataset, &p.status) == StatusKind::Done).count();
    assert!(done * 100 / dataset.problems.len() >= 40, "{done} done");
    assert!(done < dataset.problems.len(), "and some are not");
    let as_of = dataset.report.as_of.unwrap().last_day();
    let start = dataset.report.inspection.period.unwrap().start.first_day();
    let dues: Vec<_> = dataset.problems.iter().flat_map(|p| &p.deadlines).map(|d| d.due.last_day()).collect();
    assert!(dues.iter().any(|&d| d < as_of), "some are overdue at the report");
    assert!(dues.iter().any(|&d| d > as_of), "some are still open");
    assert!(dues.iter().all(|&d| d >= start), "none before the inspection");
}

#[test]
fn the_seed_chooses_among_all_vocabularies_unless_one_is_asked_for() {
    let labels = |options: &SynthOptions| -> String {
        synth(options).statuses.iter().map(|s| s.label.as_str()).collect::<Vec<_>>().join("/")
    };
    let mut seen: Vec<String> = (0..30).map(|seed| labels(&options(2, 10, seed))).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), VOCABULARY_COUNT, "{seen:?}");
    let ask = |v: usize| labels(&SynthOptions { vocabulary: Some(v), ..options(2, 10, 0) });
    assert_eq!(ask(1), "完成/基本完成/长期整改");
    assert_eq!(ask(2), "已完成/正在推进/持续整改");
    assert_eq!(ask(3), "已整改到位/阶段性完成/长期坚持/尚未完成");
}

#[test]
fn the_later_report_keeps_the_round_and_only_moves_statuses_forward() {
    for vocabulary in 1..=VOCABULARY_COUNT {
        let first = SynthOptions { vocabulary: Some(vocabulary), ..options(15, 1500, 11) };
        let (before, after) = (synth(&first), synth(&SynthOptions { later: true, ..first.clone() }));
        let names = |d: &Dataset| d.units.iter().map(|u| (u.id.clone(), u.name.clone())).collect::<Vec<_>>();
        assert_eq!(names(&before), names(&after));
        assert_eq!(before.statuses, after.statuses);
        assert_eq!(
            before.categories.iter().map(|c| &c.title).collect::<Vec<_>>(),
            after.categories.iter().map(|c| &c.title).collect::<Vec<_>>()
        );
        assert!(after.report.as_of.unwrap().first_day() > before.report.as_of.unwrap().last_day());
        assert!(after.report.published.unwrap().first_day() > before.report.published.unwrap().last_day());
        let (mut unfinished, mut moved) = (0, 0);
        for (b, a) in before.problems.iter().zip(&after.problems) {
            assert_eq!(
                (&b.id, &b.unit, &b.category, &b.number, &b.title),
                (&a.id, &a.unit, &a.category, &a.number, &a.title)
            );
            assert_eq!(
                b.measures[..],
                a.measures[..b.measures.len()],
                "{}: the first report's measures are kept",
                b.id
            );
            assert_eq!((&b.metrics, &b.regulations, &b.deadlines), (&a.metrics, &a.regulations, &a.deadlines));
            let (kind_before, kind_after) = (kind_of(&before, &b.status), kind_of(&after, &a.status));
            assert!(kind_after <= kind_before, "{}: {kind_before:?} → {kind_after:?}", b.id);
            if kind_before != StatusKind::Done {
                unfinished += 1;
                moved += usize::from(kind_after < kind_before);
            }
        }
        assert_eq!(before.problems.len(), after.problems.len());
        let share = moved * 100 / unfinished;
        assert!((30..=70).contains(&share), "vocabulary {vocabulary}: {moved} of {unfinished} moved");
        assert!(
            after
                .problems
                .iter()
                .any(|p| p.measures.len() > before.problems.iter().find(|b| b.id == p.id).unwrap().measures.len()),
            "some gain a paragraph"
        );
    }
}

#[test]
fn a_large_round_stays_modest_per_problem() {
    let text = json(&options(100, 10_000, 3));
    let per_problem = text.len() / 10_000;
    assert!((450..=850).contains(&per_problem), "{per_problem} bytes per problem");
}
