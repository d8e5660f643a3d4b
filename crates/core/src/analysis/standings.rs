//! How far each unit of an inspection round has got: its completion rates and its rank among the units.

use crate::analysis::tally::{Tally, percent};
use crate::model::StatusKind;
use crate::order;
use crate::valid::ValidDataset;

/// One unit's progress over the counted problems.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    /// The unit, by index into `dataset.units`.
    pub unit: usize,
    /// Its problems counted.
    pub total: usize,
    /// Of which reported done (完成).
    pub done: usize,
    /// Of which reported essentially done (基本完成).
    pub mostly_done: usize,
    /// `done` of `total`, in percent: the completion rate the ranking uses.
    pub done_rate: f64,
    /// `done + mostly_done` of `total`, in percent: reports count 基本完成 as complete as often as not, so both
    /// rates are shown.
    pub settled_rate: f64,
}

/// The units that have counted problems, best first: by completion rate, then by the done-or-mostly rate, then
/// by the number of problems (a unit that finished 40 of 40 above one that finished 1 of 1), then report order.
pub fn rank_units(data: &ValidDataset, tally: &Tally) -> Vec<Standing> {
    let statuses = &data.dataset().statuses;
    let count_kind = |unit: usize, kind: StatusKind| -> usize {
        tally.unit_status[unit].iter().zip(statuses).filter(|(_, s)| s.kind == kind).map(|(n, _)| n).sum()
    };
    let mut standings: Vec<Standing> = (0..tally.by_unit.len())
        .filter(|&unit| tally.by_unit[unit] > 0)
        .map(|unit| {
            let total = tally.by_unit[unit];
            let (done, mostly_done) = (count_kind(unit, StatusKind::Done), count_kind(unit, StatusKind::MostlyDone));
            Standing {
                unit,
                total,
                done,
                mostly_done,
                done_rate: percent(done, total),
                settled_rate: percent(done + mostly_done, total),
            }
        })
        .collect();
    // In unit order so far; each pass sorts by a more important key, keeping the order before among its ties.
    order::sort_by_key(&mut standings, |s| u64::MAX - s.total as u64);
    order::sort_by_key(&mut standings, |s| order::descending_rate(s.settled_rate));
    order::sort_by_key(&mut standings, |s| order::descending_rate(s.done_rate));
    standings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::{SynthOptions, synth};

    /// The passes of `order::sort_by_key` give the order of the ranking's comparison, ties included (many units
    /// of a round share a rate).
    #[test]
    fn units_rank_by_done_rate_then_settled_rate_then_size_then_report_order() {
        for seed in 1..=4 {
            let options = SynthOptions { units: 60, problems: 400, seed, ..SynthOptions::default() };
            let data = match crate::load::validate(synth(&options)) {
                Ok(loaded) => loaded.data,
                Err((_, errors)) => panic!("{errors:?}"),
            };
            let tally = Tally::of(&data, 0..data.problems().len());
            let ranked = rank_units(&data, &tally);
            let mut expected = ranked.clone();
            expected.sort_by(|a, b| {
                b.done_rate
                    .total_cmp(&a.done_rate)
                    .then(b.settled_rate.total_cmp(&a.settled_rate))
                    .then(b.total.cmp(&a.total))
                    .then(a.unit.cmp(&b.unit))
            });
            assert_eq!(ranked, expected, "seed {seed}");
        }
    }
}
