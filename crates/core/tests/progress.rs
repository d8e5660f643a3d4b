//! Two reports of the same round compared: matching by id, then by unit and number; status moves by kind.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use zhenggai_core::analysis::progress::{compare, is_later, rank};
use zhenggai_core::model::StatusKind;
use zhenggai_core::synth::{SynthOptions, synth};
use zhenggai_core::{ValidDataset, load};

fn round(later: bool) -> ValidDataset {
    let options = SynthOptions { units: 6, problems: 120, seed: 11, later, ..SynthOptions::default() };
    load::validate(synth(&options)).map_err(|(_, e)| format!("{e:?}")).unwrap().data
}

#[test]
fn a_follow_up_report_matches_every_problem_and_only_moves_forward() {
    let (earlier, later) = (round(false), round(true));
    assert!(is_later(&later, &earlier));
    assert!(!is_later(&earlier, &later));
    let progress = compare(&earlier, &later);
    assert_eq!(progress.matched.len(), 120);
    assert_eq!(progress.matched_by_number, 0);
    assert!(progress.only_earlier.is_empty() && progress.only_later.is_empty());
    assert!(!progress.changes.is_empty(), "the follow-up moves some problems");
    assert!(progress.changes.iter().all(|c| c.forward()), "synth never moves a status back");
    // The transition table accounts for every matched problem, and the kind totals for every problem.
    let moved: usize = progress.transitions.iter().flatten().sum();
    assert_eq!(moved, 120);
    assert_eq!(progress.earlier_by_kind.iter().sum::<usize>(), 120);
    assert_eq!(progress.later_by_kind.iter().sum::<usize>(), 120);
    let done = rank(StatusKind::Done);
    assert!(progress.later_by_kind[done] > progress.earlier_by_kind[done]);
    let unchanged: usize = (0..StatusKind::ALL.len()).map(|k| progress.transitions[k][k]).sum();
    assert_eq!(unchanged + progress.changes.len(), 120);
}

#[test]
fn renumbered_ids_are_matched_by_unit_and_number_and_the_rest_reported() {
    let earlier = round(false);
    let mut dataset = round(true).into_dataset();
    for problem in &mut dataset.problems {
        problem.id = format!("new-{}", problem.id);
    }
    let dropped = dataset.problems.pop().unwrap();
    let mut extra = dataset.problems[0].clone();
    extra.id = "brand-new".into();
    extra.number = "999".into();
    dataset.problems.push(extra);
    let later = load::validate(dataset).map_err(|(_, e)| format!("{e:?}")).unwrap().data;
    let progress = compare(&earlier, &later);
    assert_eq!(progress.matched.len(), 119);
    assert_eq!(progress.matched_by_number, 119);
    assert_eq!(progress.only_later.len(), 1);
    assert_eq!(later.problems()[progress.only_later[0]].id, "brand-new");
    assert_eq!(progress.only_earlier.len(), 1);
    assert_eq!(format!("new-{}", earlier.problems()[progress.only_earlier[0]].id), dropped.id);
}
