//! Synthetic inspection rounds (`zhenggai synth`): realistic, deterministic datasets of any size, for tests and
//! benchmarks.
//!
//! A round has N units, M problems spread unevenly over them, 5–9 categories (方面) typical of 巡视 reports and one
//! of three status vocabularies. Titles and measures are assembled from phrase banks modelled on real reports (the
//! reference dataset in `data/`); metrics and deadlines quote the measures text exactly and regulation titles
//! appear in it between 《》, as hand-encoded data does, so highlighting and search behave as on real data. The
//! figures the round declares about itself (overall, per unit, per category) are computed from its problems, so it
//! loads with no warnings. Everything is invented, and `report.source` says so.
//!
//! The same options always give the same dataset, byte for byte: everything is drawn from one seeded generator in
//! a fixed order, and only integer arithmetic decides anything (no floating-point maths whose last bit could
//! differ between platforms). `later` gives the follow-up report of the same round: the first report is generated
//! identically, then advanced with a second, independent generator, so ids, numbers and titles match and statuses
//! only move forward.

mod phrases;

use crate::date::{DateRange, PartialDate};
use crate::model::{
    Category, Contact, Dataset, Deadline, DeadlineKind, Declared, FORMAT_VERSION, Inspection, InspectionKind,
    LabelledCount, Metric, NarrativeSection, NextStep, NextSteps, Problem, Regulation, RegulationAction, Report,
    Settled, Source, Status, StatusCount, StatusKind, Unit,
};

use phrases::*;

/// The largest number of problems `zhenggai synth` accepts: about 1.3 GB of JSON, far beyond what the loader
/// accepts ([`crate::load::limits::MAX_DATASET_BYTES`]), for benchmarks of the generator and of streaming tools.
pub const MAX_PROBLEMS: u32 = 2_000_000;

/// How many status vocabularies there are; [`SynthOptions::vocabulary`] picks one, counting from 1.
pub const VOCABULARY_COUNT: usize = VOCABULARIES.len();

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthOptions {
    /// Inspected units. At least 1 is generated (0 is read as 1). When `units` ≤ `problems` every unit gets at
    /// least one problem; otherwise some units have none (the CLI refuses that case).
    pub units: u32,
    /// Problems in the whole round.
    pub problems: u32,
    /// Everything else follows from the seed.
    pub seed: u64,
    /// The status vocabulary, 1 to [`VOCABULARY_COUNT`]: 1 完成 / 基本完成 / 长期整改, 2 已完成 / 正在推进 /
    /// 持续整改, 3 已整改到位 / 阶段性完成 / 长期坚持 / 尚未完成. `None` lets the seed choose; 0 is read as 1
    /// and larger numbers wrap around.
    pub vocabulary: Option<usize>,
    /// The follow-up report of the same round: same units, categories, problem ids, numbers and titles, six months
    /// later, with part of the unfinished problems moved to a more finished status.
    pub later: bool,
}

impl Default for SynthOptions {
    fn default() -> Self {
        Self { units: 10, problems: 200, seed: 1, vocabulary: None, later: false }
    }
}

/// Generates the round `options` describes.
pub fn synth(options: &SynthOptions) -> Dataset {
    let mut rng = Rng::new(options.seed);
    let vocabulary = match options.vocabulary {
        Some(v) => &VOCABULARIES[v.saturating_sub(1) % VOCABULARIES.len()],
        None => &VOCABULARIES[rng.below(VOCABULARIES.len())],
    };
    let first = Calendar::new(&mut rng);
    let units = options.units.max(1) as usize;
    let problem_count = options.problems as usize;
    let unit_names = unit_names(&mut rng, units);
    let banks = pick_categories(&mut rng, problem_count);
    let per_unit = allocate(&mut rng, problem_count, units);
    let slots = assign_categories(&mut rng, &banks, problem_count);
    let unit_ids: Vec<String> = (1..=units).map(|u| format!("u{u:0width$}", width = digits(units).max(3))).collect();

    let mut problems = Vec::with_capacity(problem_count);
    let mut start = 0;
    for (u, &count) in per_unit.iter().enumerate() {
        let mut categories = slots[start..start + count].to_vec();
        start += count;
        // A unit's report lists its problems category by category.
        categories.sort_unstable();
        let diligence = rng.range(0, 30) as i64 - 15;
        let weights: Vec<u32> =
            vocabulary.statuses.iter().map(|s| adjusted_weight(s.weight, s.kind, diligence)).collect();
        let width = digits(count).max(2);
        for (i, &c) in categories.iter().enumerate() {
            let status = &vocabulary.statuses[rng.weighted(&weights)];
            let id = format!("{}-p{:0width$}", unit_ids[u], i + 1);
            let problem = generate_problem(&mut rng, &first, banks[c], c, status, id, (i + 1).to_string());
            problems.push(Problem { unit: Some(unit_ids[u].clone()), ..problem });
        }
    }
    let extras = Extras::new(&mut rng, problem_count);

    let calendar = if options.later {
        // A second generator, so that the first report above is drawn identically with or without `later`.
        let mut later_rng = Rng::new(options.seed ^ LATER_STREAM);
        advance(&mut later_rng, &mut problems, vocabulary, &first.later());
        first.later()
    } else {
        first
    };

    let statuses = vocabulary
        .statuses
        .iter()
        .enumerate()
        .map(|(i, s)| Status { id: s.id.to_owned(), label: s.label.to_owned(), order: i as i32 + 1, kind: s.kind })
        .collect();
    let units = unit_ids
        .into_iter()
        .zip(unit_names)
        .map(|(id, name)| Unit { id, name, short_name: None, declared: None })
        .collect();
    let categories = banks
        .iter()
        .enumerate()
        .map(|(c, bank)| Category {
            id: format!("c{}", c + 1),
            number: Some(format!("（{}）", NUMERALS[c % NUMERALS.len()])),
            title: bank.title.to_owned(),
            heading: None,
            declared_problems: None,
        })
        .collect();
    let mut dataset = Dataset {
        format_version: FORMAT_VERSION,
        report: report(&calendar, options, per_unit.len()),
        units,
        statuses,
        categories,
        sections: Vec::new(),
        problems,
        declared: Declared::default(),
        next_steps: Some(next_steps()),
        contact: Some(Contact {
            note: Some("欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。".to_owned()),
            phones: vec!["0000-12345678".to_owned()],
            emails: vec!["zhenggai@example.org".to_owned()],
            ..Contact::default()
        }),
    };
    declare(&mut dataset, vocabulary, &calendar, &extras, options.later);
    dataset
}

/// Salt for the follow-up report's own generator.
const LATER_STREAM: u64 = 0x6c61_7465_7221_2121;

/// A splitmix64 generator. Written out here rather than taken from a crate: the core takes no dependency for test
/// data, and a generator we own cannot change its stream in an upgrade, which would silently change every "same
/// seed, same bytes" dataset. Its quality is far beyond what picking phrases needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` by multiply-shift (0 when `n` is 0); the bias is below 2^-40 for the sizes used here.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo) as usize + 1) as u32
    }

    /// True with a chance of `percent` in 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A phrase from a bank: `pick` for `&str` banks, without the `*` its result would need at every call.
    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// An index into `weights`, each drawn in proportion to its weight.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut at = self.below(total as usize) as u64;
        for (i, &w) in weights.iter().enumerate() {
            if at < u64::from(w) {
                return i;
            }
            at -= u64::from(w);
        }
        weights.len().saturating_sub(1)
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Dates. Months are counted as `year * 12 + month - 1`, so that adding months is addition.

/// The round's dates.
#[derive(Debug, Clone, Copy)]
struct Calendar {
    /// 第X轮, 0-based into [`NUMERALS`].
    round: usize,
    period: DateRange,
    feedback: PartialDate,
    feedback_month: u32,
    as_of_month: u32,
    as_of: PartialDate,
    published_month: u32,
    published_day: u8,
}

impl Calendar {
    /// A round on site in spring of 2022–2024, findings fed back in summer, progress reported four or five months
    /// later, as real rounds go (the reference report: on site March–June, feedback July, as of November).
    fn new(rng: &mut Rng) -> Self {
        let round = rng.below(NUMERALS.len());
        let start = (2022 + rng.range(0, 2)) * 12 + 2 + rng.range(0, 2);
        let period =
            DateRange { start: day(start, rng.range(1, 20) as u8), end: day(start + 2, rng.range(1, 28) as u8) };
        let feedback_month = start + 3 + rng.range(0, 1);
        let feedback = day(feedback_month, rng.range(1, 28) as u8);
        let as_of_month = feedback_month + 4 + rng.range(0, 1);
        let published_day = rng.range(5, 28) as u8;
        Self {
            round,
            period,
            feedback,
            feedback_month,
            as_of_month,
            as_of: month_end(as_of_month),
            published_month: as_of_month + 1,
            published_day,
        }
    }

    /// The follow-up report: six months on.
    fn later(&self) -> Self {
        Self {
            as_of_month: self.as_of_month + 6,
            as_of: month_end(self.as_of_month + 6),
            published_month: self.published_month + 6,
            ..*self
        }
    }

    fn published(&self) -> PartialDate {
        day(self.published_month, self.published_day)
    }
}

fn year_month(month: u32) -> (u16, u8) {
    ((month / 12) as u16, (month % 12 + 1) as u8)
}

/// A day of a month; every caller passes a day that exists, the fallbacks only keep this total.
fn day(month: u32, d: u8) -> PartialDate {
    let (y, m) = year_month(month);
    PartialDate::day(y, m, d).or_else(|| PartialDate::month(y, m)).unwrap_or_else(|| PartialDate::year(y))
}

fn whole_month(month: u32) -> PartialDate {
    let (y, m) = year_month(month);
    PartialDate::month(y, m).unwrap_or_else(|| PartialDate::year(y))
}

fn month_end(month: u32) -> PartialDate {
    day(month, whole_month(month).last_day().2)
}

// ---------------------------------------------------------------------------------------------------------------
// Units.

/// Unit names such as 青川市自然资源和规划局 or 金源县人民政府, distinct while the banks allow (tens of thousands
/// with two-character places, then hundreds of thousands with three); beyond that, names repeat.
fn unit_names(rng: &mut Rng, units: usize) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(units);
    let mut names = Vec::with_capacity(units);
    for _ in 0..units {
        let mut name = String::new();
        for attempt in 0..32 {
            name = unit_name(rng, attempt >= 16);
            if !seen.contains(&name) {
                break;
            }
        }
        seen.insert(name.clone());
        names.push(name);
    }
    names
}

fn unit_name(rng: &mut Rng, long_place: bool) -> String {
    let mut place = String::new();
    place.push_str(rng.word(PLACE_FIRST));
    if long_place {
        place.push_str(rng.word(PLACE_FIRST));
    }
    place.push_str(rng.word(PLACE_SECOND));
    match rng.weighted(&[40, 10, 5, 28, 8, 5, 4]) {
        0 => format!("{place}市{}", rng.pick(CITY_AGENCIES)),
        1 => format!("{place}县人民政府"),
        2 => format!("{place}区人民政府"),
        3 => format!("{place}{}{}", rng.pick(&["县", "区"]), rng.pick(COUNTY_AGENCIES)),
        4 => format!("{place}市{}", rng.pick(STATE_COMPANIES)),
        5 => format!("{place}市{}", rng.pick(HOSPITALS)),
        _ => format!("{place}{}", rng.pick(COLLEGES)),
    }
}

/// Problems per unit, summing to `problems`: one each first when there are enough, the rest in proportion to a
/// size drawn per unit (half small, a third medium, a sixth large, 1 to 40 in weight), so that some units carry
/// many problems and most few, as in a real round. Largest remainders settle the rounding.
fn allocate(rng: &mut Rng, problems: usize, units: usize) -> Vec<usize> {
    let base = usize::from(problems >= units);
    let extra = (problems - base * units) as u64;
    let weights: Vec<u64> = (0..units)
        .map(|_| {
            u64::from(match rng.below(100) {
                0..50 => rng.range(1, 3),
                50..85 => rng.range(4, 10),
                _ => rng.range(12, 40),
            })
        })
        .collect();
    let total: u64 = weights.iter().sum();
    let mut counts: Vec<usize> = weights.iter().map(|&w| base + (extra * w / total) as usize).collect();
    let given: usize = counts.iter().sum();
    let mut by_remainder: Vec<usize> = (0..units).collect();
    by_remainder.sort_by_key(|&u| (std::cmp::Reverse(extra * weights[u] % total), u));
    for &u in by_remainder.iter().take(problems - given) {
        counts[u] += 1;
    }
    counts
}

// ---------------------------------------------------------------------------------------------------------------
// Statuses.

/// Some units finish more than others: `diligence` (−15 to 15) moves that many points to or from "done".
fn adjusted_weight(weight: u32, kind: StatusKind, diligence: i64) -> u32 {
    let shifted = match kind {
        StatusKind::Done => i64::from(weight) + diligence,
        _ => i64::from(weight) - diligence / 2,
    };
    shifted.max(1) as u32
}

// ---------------------------------------------------------------------------------------------------------------
// Categories and titles.

/// 5 to 9 categories (never more than there are problems, so none stays empty): the first four always, then
/// others in bank order.
fn pick_categories(rng: &mut Rng, problems: usize) -> Vec<&'static CategoryBank> {
    let wanted = (5 + rng.below(5)).min(problems.max(1));
    let mut others: Vec<usize> = (4..CATEGORY_BANKS.len()).collect();
    // A partial Fisher–Yates shuffle chooses which others appear.
    for i in 0..others.len() {
        let j = i + rng.below(others.len() - i);
        others.swap(i, j);
    }
    let mut chosen: Vec<usize> = (0..4.min(wanted)).collect();
    chosen.extend(others.iter().take(wanted.saturating_sub(4)));
    chosen.sort_unstable();
    chosen.into_iter().map(|c| &CATEGORY_BANKS[c]).collect()
}

/// The category of every problem slot, in the order the units take them: drawn by weight, with `k` evenly spread
/// slots forced to the `k` categories so that every category has a problem.
fn assign_categories(rng: &mut Rng, banks: &[&CategoryBank], problems: usize) -> Vec<usize> {
    let weights: Vec<u32> = banks.iter().map(|b| b.weight).collect();
    let mut slots: Vec<usize> = (0..problems).map(|_| rng.weighted(&weights)).collect();
    if problems >= banks.len() {
        for c in 0..banks.len() {
            slots[c * problems / banks.len()] = c;
        }
    }
    slots
}

/// A title of 15 to 40 characters: 关于{subject}{defect}的问题, sometimes with a detail, sometimes without the
/// 关于…的问题 frame.
fn title(rng: &mut Rng, subject: &str) -> String {
    let (defect, detail, frame) = (rng.pick(DEFECTS), rng.pick(DETAILS), rng.below(100));
    let with_detail = format!("关于{subject}{defect}，{detail}的问题");
    let candidate = match frame {
        0..55 => format!("关于{subject}{defect}的问题"),
        55..85 => return with_detail,
        _ => format!("{subject}{defect}，{detail}"),
    };
    // The detailed frame is 18 to 34 characters with these banks; the others can fall short of 15.
    if (15..=40).contains(&chars(&candidate)) { candidate } else { with_detail }
}

// ---------------------------------------------------------------------------------------------------------------
// Measures and the facts they state.

/// A metric sentence and its metric, the metric's `text` being exactly the number and unit in the sentence.
fn metric_sentence(rng: &mut Rng, bank: &CategoryBank) -> (String, Metric) {
    let template = if rng.chance(50) { rng.pick(bank.metrics) } else { rng.pick(GENERAL_METRICS) };
    let (value, number) = match template.figure {
        Figure::Whole(lo, hi) => {
            let n = rng.range(lo, hi);
            (f64::from(n), n.to_string())
        }
        Figure::Tenths(lo, hi) => {
            let n = rng.range(lo, hi);
            let text = if n.is_multiple_of(10) { (n / 10).to_string() } else { format!("{}.{}", n / 10, n % 10) };
            (f64::from(n) / 10.0, text)
        }
    };
    let qualifier = (template.may_qualify && rng.chance(15)).then(|| rng.pick(QUALIFIERS).to_string());
    let text = format!("{number}{}", template.unit);
    let sentence = format!("{}{}{text}{}", template.lead, qualifier.as_deref().unwrap_or(""), template.tail);
    let metric = Metric {
        value,
        unit: template.unit.to_owned(),
        measure: template.measure.to_owned(),
        qualifier,
        projected: false,
        text,
    };
    (sentence, metric)
}

/// A sentence naming one or two rules between 《》, and the rules.
fn regulation_sentence(rng: &mut Rng, topic: &str) -> (String, Vec<Regulation>) {
    if rng.chance(6) {
        let title = rng.pick(SERVED_TITLES);
        let sentence = format!("向相关责任单位送达《{title}》，督促限期整改到位。");
        return (sentence, vec![Regulation { title: (*title).to_owned(), action: RegulationAction::Served }]);
    }
    let verb = rng.pick(REGULATION_VERBS);
    let first = rng.below(REGULATION_TITLES.len());
    let mut titles = vec![REGULATION_TITLES[first].replace("{topic}", topic)];
    if rng.chance(15) {
        let second = (first + 1 + rng.below(REGULATION_TITLES.len() - 1)) % REGULATION_TITLES.len();
        titles.push(REGULATION_TITLES[second].replace("{topic}", topic));
    }
    let quoted: String = titles.iter().map(|t| format!("《{t}》")).collect();
    let sentence = format!("{}{quoted}{}，{}。", verb.verb, verb.after, rng.pick(verb.tails));
    let regulations = titles.into_iter().map(|title| Regulation { title, action: verb.action }).collect();
    (sentence, regulations)
}

/// A sentence with a dated promise, and its deadline. Done problems report a date by which they finished, no later
/// than the as-of date; the others promise a date from the feedback month to a year after the as-of date, so that
/// some are already overdue when the report is written and more by the follow-up report. No date precedes the
/// feedback (the audit warns about deadlines before the inspection, and no promise predates the findings).
fn deadline_sentence(rng: &mut Rng, calendar: &Calendar, kind: StatusKind) -> (String, Deadline) {
    let last = if kind == StatusKind::Done { calendar.as_of_month } else { calendar.as_of_month + 12 };
    let month = calendar.feedback_month + rng.below((last - calendar.feedback_month) as usize + 1) as u32;
    let (y, m) = year_month(month);
    let promise = rng.pick(PROMISES);
    if kind != StatusKind::Done && rng.chance(15) {
        let text = format!("{y}年{m}月");
        let deadline = Deadline {
            due: whole_month(month),
            kind: DeadlineKind::Expected,
            promise: (*promise).to_owned(),
            text: text.clone(),
        };
        return (format!("预计{text}{promise}。"), deadline);
    }
    let (due, text) = match rng.below(10) {
        0 => {
            let end = month_end(month);
            (end, format!("{y}年{m}月{}日前", end.last_day().2))
        }
        1 if m == 12 => (PartialDate::year(y), format!("{y}年底前")),
        _ => (whole_month(month), format!("{y}年{m}月底前")),
    };
    let sentence = if kind == StatusKind::Done {
        format!("已于{text}{promise}。")
    } else {
        match rng.below(3) {
            0 => format!("计划于{text}{promise}。"),
            1 => format!("确保{text}{promise}。"),
            _ => format!("{text}{promise}。"),
        }
    };
    (sentence, Deadline { due, kind: DeadlineKind::By, promise: (*promise).to_owned(), text })
}

/// The closing sentence, as the status has it.
fn result_sentence(rng: &mut Rng, kind: StatusKind) -> &'static str {
    const DONE: &[&str] =
        &["目前该问题已整改到位。", "相关问题已全部整改完成，并建立长效机制。", "经验收，整改任务已全部完成。"];
    const MOSTLY_DONE: &[&str] = &["整改工作已取得明显成效，剩余事项正在收尾。", "主体整改任务已基本完成。"];
    const IN_PROGRESS: &[&str] = &["整改工作正在有序推进。", "部分事项仍在整改中，将持续跟踪督办。"];
    const LONG_TERM: &[&str] = &["该问题需长期坚持，将持续推进整改。", "下一步将常态化推进，久久为功抓好整改。"];
    const NOT_DONE: &[&str] = &["受客观因素影响，整改尚未完成，正在加快推进。", "整改进度滞后，已列入重点督办事项。"];
    rng.word(match kind {
        StatusKind::Done => DONE,
        StatusKind::MostlyDone => MOSTLY_DONE,
        StatusKind::InProgress => IN_PROGRESS,
        StatusKind::LongTerm => LONG_TERM,
        StatusKind::NotDone => NOT_DONE,
    })
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// One measures paragraph of 40 to 160 characters: an opener and actions up to a length drawn between those bounds,
/// then the sentences it must hold (facts, the closing), padded with short sentences if still under 40.
fn paragraph(rng: &mut Rng, topic: &str, required: &[String]) -> String {
    let target = rng.range(40, 160) as usize;
    let mut len: usize = required.iter().map(|s| chars(s)).sum();
    let mut head: Vec<String> = Vec::new();
    let opener = rng.pick(OPENERS).replace("{topic}", topic);
    if len + chars(&opener) <= target {
        len += chars(&opener);
        head.push(opener);
    }
    for _ in 0..3 {
        let action = rng.pick(ACTIONS).replace("{topic}", topic);
        if len + chars(&action) <= target && !head.contains(&action) {
            len += chars(&action);
            head.push(action);
        }
    }
    while len < 40 {
        let filler = (rng.word(FILLERS)).to_owned();
        len += chars(&filler);
        head.push(filler);
    }
    head.iter().chain(required).map(String::as_str).collect()
}

fn generate_problem(
    rng: &mut Rng,
    calendar: &Calendar,
    bank: &CategoryBank,
    category: usize,
    status: &StatusWord,
    id: String,
    number: String,
) -> Problem {
    let (subject, topic) = *rng.pick(bank.subjects);
    let title = title(rng, subject);

    let mut metric_sentences = Vec::new();
    let mut metrics = Vec::new();
    if rng.chance(30) {
        for _ in 0..if rng.chance(25) { 2 } else { 1 } {
            let (sentence, metric) = metric_sentence(rng, bank);
            metric_sentences.push(sentence);
            metrics.push(metric);
        }
    }
    let mut later_sentences = Vec::new();
    let mut regulations = Vec::new();
    if rng.chance(25) {
        let (sentence, found) = regulation_sentence(rng, topic);
        later_sentences.push(sentence);
        regulations = found;
    }
    let mut deadlines = Vec::new();
    if rng.chance(20) {
        let (sentence, deadline) = deadline_sentence(rng, calendar, status.kind);
        later_sentences.push(sentence);
        deadlines.push(deadline);
    }
    later_sentences.push(result_sentence(rng, status.kind).to_owned());

    // Two paragraphs sometimes, and always when the facts would not fit one paragraph of 160 characters.
    let fixed: usize = metric_sentences.iter().chain(&later_sentences).map(|s| chars(s)).sum();
    let measures = if fixed > 100 || rng.chance(40) {
        vec![paragraph(rng, topic, &metric_sentences), paragraph(rng, topic, &later_sentences)]
    } else {
        metric_sentences.extend(later_sentences);
        vec![paragraph(rng, topic, &metric_sentences)]
    };
    Problem {
        id,
        unit: None,
        category: format!("c{}", category + 1),
        section: None,
        number,
        title,
        status: status.id.to_owned(),
        measures,
        sub_items: Vec::new(),
        metrics,
        regulations,
        deadlines,
        editorial_note: None,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The follow-up report.

/// Moves a share of the unfinished problems (40–60 %, drawn once) to a more finished status: to done three times
/// in five when the vocabulary has it, else one step along the kinds. Most moved problems, and a few others, get a
/// paragraph on the progress since the first report.
fn advance(rng: &mut Rng, problems: &mut [Problem], vocabulary: &Vocabulary, later: &Calendar) {
    let share = 40 + rng.below(21);
    let as_of = later.as_of.to_chinese();
    for problem in problems {
        let Some(current) = vocabulary.statuses.iter().find(|s| s.id == problem.status) else {
            continue;
        };
        if current.kind == StatusKind::Done {
            continue;
        }
        let moved = rng.chance(share);
        if moved {
            let better: Vec<&StatusWord> = vocabulary.statuses.iter().filter(|s| s.kind < current.kind).collect();
            let done = better.iter().find(|s| s.kind == StatusKind::Done);
            let next = better.iter().max_by_key(|s| s.kind);
            let chosen = match (done, next) {
                (Some(done), _) if rng.chance(60) => Some(done),
                (_, Some(next)) => Some(next),
                (done, None) => done,
            };
            if let Some(chosen) = chosen {
                problem.status = chosen.id.to_owned();
            }
        }
        if rng.chance(if moved { 75 } else { 20 }) {
            let kind = vocabulary.statuses.iter().find(|s| s.id == problem.status).map_or(current.kind, |s| s.kind);
            let mut text = format!("截至{as_of}，{}{}", rng.pick(LATER_ACTIONS), result_sentence(rng, kind));
            while chars(&text) < 40 {
                text.push_str(rng.word(FILLERS));
            }
            problem.measures.push(text);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The report around the problems, and the figures it declares.

fn report(calendar: &Calendar, options: &SynthOptions, units: usize) -> Report {
    let round = NUMERALS[calendar.round];
    let teams = units.div_ceil(3).clamp(1, 15);
    let opening = format!(
        "根据省委统一部署，{}至{}，十四届省委第{round}轮巡视{teams}个巡视组对{units}个地方和单位党组织开展了常规巡视。\
         {}，各巡视组向被巡视党组织反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。",
        calendar.period.start.to_chinese(),
        calendar.period.end.to_chinese(),
        calendar.feedback.to_chinese(),
    );
    let organisation = "各被巡视党组织把巡视整改作为重大政治任务，成立由主要负责同志任组长的整改工作领导小组，\
        逐条制定整改措施，建立问题、任务、责任清单，实行台账管理、对账销号，确保巡视反馈问题件件有着落、事事有回音。";
    Report {
        title: format!("关于十四届省委第{round}轮巡视整改进展情况的通报"),
        issuer: "省委巡视工作领导小组办公室".to_owned(),
        language: Some("zh-CN".to_owned()),
        inspection: Inspection {
            kind: InspectionKind::Xunshi,
            team: format!("十四届省委第{round}轮巡视{teams}个巡视组"),
            commissioned_by: Some("省委".to_owned()),
            period: Some(calendar.period),
            feedback_date: Some(calendar.feedback),
        },
        as_of: Some(calendar.as_of),
        published: Some(calendar.published()),
        source: Some(Source {
            description: format!(
                "合成数据，由 zhenggai synth 生成（--units {} --problems {} --seed {}{}）：单位、问题和数字均为虚构，\
                 仅供测试和性能评估。",
                options.units,
                options.problems,
                options.seed,
                if options.later { " --later" } else { "" }
            ),
            url: None,
            retrieved: None,
        }),
        narrative: vec![
            NarrativeSection { heading: String::new(), paragraphs: vec![opening] },
            NarrativeSection {
                heading: "一、组织整改落实情况".to_owned(), paragraphs: vec![organisation.to_owned()]
            },
        ],
    }
}

fn next_steps() -> NextSteps {
    let item = |ordinal: &str, title: &str, text: &str| NextStep {
        ordinal: Some(ordinal.to_owned()),
        title: title.to_owned(),
        text: vec![text.to_owned()],
    };
    NextSteps {
        heading: Some("三、下一步整改工作安排".to_owned()),
        intro: Vec::new(),
        items: vec![
            item(
                "一是",
                "坚持标准不降，持续推进整改",
                "对已完成的整改事项开展“回头看”，防止问题反弹；对尚未完成的事项紧盯不放，加大力度、加快进度。",
            ),
            item("二是", "强化督查督办，压实整改责任", "实行台账管理、挂图作战，对整改不力、敷衍整改的严肃追责问责。"),
            item(
                "三是",
                "注重标本兼治，巩固整改成果",
                "把巡视整改与建章立制结合起来，形成长效机制，以整改实效推动高质量发展。",
            ),
        ],
    }
}

/// Round-wide figures that are not counts of problems: drawn with the first report so that both reports share them.
struct Extras {
    petitions: u32,
    petitions_pending: u32,
    immediate: u32,
    standing_committee_meetings: u32,
    scheduling_meetings: u32,
}

impl Extras {
    fn new(rng: &mut Rng, problems: usize) -> Self {
        let petitions = (problems as u32 / 4).max(1) + rng.range(0, 20);
        Self {
            petitions,
            petitions_pending: rng.range(0, petitions / 5),
            immediate: (problems as u32 / 10) + rng.range(1, 5),
            standing_committee_meetings: rng.range(1, 4),
            scheduling_meetings: rng.range(6, 30),
        }
    }
}

/// `part` of `whole` as a whole percent, rounded half up (reports print whole percents; the audit allows 1 point).
fn rounded_percent(part: usize, whole: usize) -> u64 {
    if whole == 0 { 0 } else { ((part as u64) * 200 + whole as u64) / (2 * whole as u64) }
}

/// The declared figures: per unit, per category and overall, all counted from the problems as they stand.
fn declare(dataset: &mut Dataset, vocabulary: &Vocabulary, calendar: &Calendar, extras: &Extras, later: bool) {
    let counts = RoundCounts::of(dataset, vocabulary);
    let as_of = calendar.as_of.to_chinese();
    for (u, unit) in dataset.units.iter_mut().enumerate() {
        let (mut declared, sentence) =
            declared_counts(vocabulary, &counts.by_unit[u], counts.unit_categories[u].count_ones(), &as_of);
        declared.source_text = vec![sentence];
        unit.declared = Some(declared);
    }
    for (category, &count) in dataset.categories.iter_mut().zip(&counts.by_category) {
        category.heading = Some(format!("{}（{count}个问题）", category.title));
        category.declared_problems = Some(count);
    }
    let (declared, sentence) = declared_counts(vocabulary, &counts.all, dataset.categories.len() as u32, &as_of);
    let total = dataset.problems.len() as u32;
    dataset.declared = round_figures(declared, sentence, vocabulary, &counts, total, extras, later);
}

/// The problems of a round counted per unit and status, per category, and in all; the documents issued.
struct RoundCounts {
    by_unit: Vec<Vec<usize>>,
    /// Each unit's categories, as bits.
    unit_categories: Vec<u32>,
    by_category: Vec<u32>,
    all: Vec<usize>,
    documents: u32,
}

impl RoundCounts {
    fn of(dataset: &Dataset, vocabulary: &Vocabulary) -> Self {
        let statuses = vocabulary.statuses.len();
        let unit_index: std::collections::HashMap<&str, usize> =
            dataset.units.iter().enumerate().map(|(u, unit)| (unit.id.as_str(), u)).collect();
        let category_index: std::collections::HashMap<&str, usize> =
            dataset.categories.iter().enumerate().map(|(c, category)| (category.id.as_str(), c)).collect();
        // Problems name their status and category by id; every id below was generated from these lists.
        let status_index = |id: &str| vocabulary.statuses.iter().position(|s| s.id == id).unwrap_or_default();
        let mut counts = Self {
            by_unit: vec![vec![0usize; statuses]; dataset.units.len()],
            unit_categories: vec![0u32; dataset.units.len()],
            by_category: vec![0u32; dataset.categories.len()],
            all: vec![0usize; statuses],
            documents: 0,
        };
        for problem in &dataset.problems {
            let u = problem.unit.as_deref().and_then(|id| unit_index.get(id).copied()).unwrap_or_default();
            let (s, c) = (
                status_index(&problem.status),
                category_index.get(problem.category.as_str()).copied().unwrap_or_default(),
            );
            counts.by_unit[u][s] += 1;
            counts.all[s] += 1;
            counts.unit_categories[u] |= 1 << c;
            counts.by_category[c] += 1;
            counts.documents += problem
                .regulations
                .iter()
                .filter(|r| matches!(r.action, RegulationAction::Issued | RegulationAction::Revised))
                .count() as u32;
        }
        counts
    }
}

/// The declared counts of problems per status (`counts`, in the vocabulary's order) over `categories`
/// categories, and the sentence a report would print them in.
fn declared_counts(vocabulary: &Vocabulary, counts: &[usize], categories: u32, as_of: &str) -> (Declared, String) {
    let total: usize = counts.iter().sum();
    let kind_count = |kind: StatusKind| -> usize {
        vocabulary.statuses.iter().zip(counts).filter(|(s, _)| s.kind == kind).map(|(_, &n)| n).sum()
    };
    let done = kind_count(StatusKind::Done)
        + if vocabulary.rate_counts_mostly_done { kind_count(StatusKind::MostlyDone) } else { 0 };
    let rate = rounded_percent(done, total);
    let by_status: Vec<StatusCount> = vocabulary
        .statuses
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(s, &n)| StatusCount { status: s.id.to_owned(), count: n as u32 })
        .collect();
    let parts: Vec<String> = vocabulary
        .statuses
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| format!("{}{n}个", s.label))
        .collect();
    let sentence = if total == 0 {
        format!("截至{as_of}，巡视未反馈具体问题。")
    } else {
        format!("截至{as_of}，巡视反馈的{categories}个方面{total}个具体问题，{}，整改完成率{rate}%。", parts.join("，"))
    };
    let declared = Declared {
        units: None,
        categories: Some(categories),
        problems: Some(total as u32),
        by_status,
        completion_rate: (total > 0).then_some(rate as f64),
        ..Declared::default()
    };
    (declared, sentence)
}

/// The round's own figures besides its counts: measures, petitions, immediate fixes, documents and meetings,
/// with the sentences that declare them.
fn round_figures(
    mut declared: Declared,
    sentence: String,
    vocabulary: &Vocabulary,
    counts: &RoundCounts,
    total: u32,
    extras: &Extras,
    later: bool,
) -> Declared {
    // A measure per step a problem has taken: three for a done one, two for a mostly done one, one otherwise.
    let finished: u32 = vocabulary
        .statuses
        .iter()
        .zip(&counts.all)
        .map(|(s, &n)| {
            n as u32
                * if s.kind == StatusKind::Done {
                    3
                } else if s.kind == StatusKind::MostlyDone {
                    2
                } else {
                    1
                }
        })
        .sum();
    let pending = if later { 0 } else { extras.petitions_pending };
    let meetings_factor = if later { 2 } else { 1 };
    let documents = counts.documents;
    declared.measures = Some(Settled { total: total * 3, settled: Some(finished) });
    declared.petitions = Some(Settled { total: extras.petitions, settled: Some(extras.petitions - pending) });
    declared.immediate_rectification = Some(Settled { total: extras.immediate, settled: Some(extras.immediate) });
    declared.documents_issued = (documents > 0).then_some(documents);
    declared.meetings = vec![
        LabelledCount {
            label: "省委常委会会议专题研究巡视整改".to_owned(),
            count: extras.standing_committee_meetings * meetings_factor,
            unit: Some("次".to_owned()),
        },
        LabelledCount {
            label: "巡视整改专题调度会".to_owned(),
            count: extras.scheduling_meetings * meetings_factor,
            unit: Some("次".to_owned()),
        },
    ];
    declared.source_text = vec![
        sentence,
        format!(
            "巡视移交的{}件信访件，已办结{}件；立行立改事项{}件，已全部办结。",
            extras.petitions,
            extras.petitions - pending,
            extras.immediate
        ),
    ];
    if documents > 0 {
        declared.source_text.push(format!("各被巡视党组织共制定修订制度性文件{documents}个。"));
    }
    declared
}

fn digits(n: usize) -> usize {
    n.max(1).ilog10() as usize + 1
}
