//! The importer's dates phase: the report's publication date, the year every date printed without one is read in,
//! and the as-of date, the feedback date and the inspection period the opening paragraphs give.

use crate::date::{DateRange, PartialDate};

use super::facts::{self, DateMatch, ReportFacts};
use super::structure::Doc;
use super::{Recognised, Recognition};

/// The report's dates, resolved; each with the line it was found on.
pub(super) struct ReportDates {
    pub published: Option<PartialDate>,
    /// The year of the report: the publication's, else the inspection's start, else the as-of date's.
    pub year: Option<u16>,
    pub as_of: Option<(usize, PartialDate)>,
    pub feedback: Option<(usize, PartialDate)>,
    pub period: Option<(usize, DateRange)>,
}

impl ReportDates {
    /// Resolves the dates of `facts` against the report's year.
    pub(super) fn resolve(doc: &Doc, facts: &ReportFacts) -> Self {
        let published = doc.published.as_ref().and_then(|(_, t)| facts::date_only(t)).and_then(|d| d.resolve(None));
        let year = published
            .map(PartialDate::year_part)
            .or_else(|| facts.period.and_then(|(_, start, _)| start.year))
            .or_else(|| facts.as_of.and_then(|(_, d)| d.year));
        let before_publication =
            |(line, date): (usize, DateMatch)| resolve_before(date, year, published).map(|date| (line, date));
        let period = facts.period.and_then(|(line, start, end)| {
            let start = start.resolve(year)?;
            let mut end_date = end.resolve(Some(start.year_part()))?;
            // "2023年11月至1月": an end before the start, printed without its year, is in the next year.
            if end.year.is_none() && end_date.first_day() < start.first_day() {
                end_date = end.resolve(Some(start.year_part() + 1))?;
            }
            Some((line, DateRange { start, end: end_date }))
        });
        Self {
            published,
            year,
            as_of: facts.as_of.and_then(before_publication),
            feedback: facts.feedback.and_then(before_publication),
            period,
        }
    }

    /// Records the dates found, in the order the import report lists them.
    pub(super) fn recognise(&self, recognised: &mut Vec<Recognised>) {
        let found = [
            (Recognition::AsOf, self.as_of.map(|(l, d)| (l, d.to_string()))),
            (Recognition::FeedbackDate, self.feedback.map(|(l, d)| (l, d.to_string()))),
            (Recognition::InspectionPeriod, self.period.map(|(l, r)| (l, format!("{} – {}", r.start, r.end)))),
        ];
        for (what, found) in found {
            if let Some((line, text)) = found {
                recognised.push(Recognised::new(what, line, text));
            }
        }
    }
}

/// `date` in the report's `year`; a month and day printed without a year that would fall after the publication
/// date belong to the year before.
fn resolve_before(date: DateMatch, year: Option<u16>, published: Option<PartialDate>) -> Option<PartialDate> {
    let resolved = date.resolve(year)?;
    match (published, date.year) {
        (Some(p), None) if resolved.first_day() > p.last_day() => date.resolve(year.map(|y| y - 1)),
        _ => Some(resolved),
    }
}
