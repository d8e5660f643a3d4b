//! The importer's categories phase: problems printed under classes (类) promoted to problems, and a category for
//! every problem printed under none, by the rule in the [module documentation](super).

use std::collections::HashMap;

use crate::load::finding::{Finding, FindingKind};

use super::GUESS_WINDOW;
use super::scan;
use super::structure::{Doc, RawCategory, RawProblem};

/// "针对巡察中发现的四方面13类共27项问题": a report that counts classes (类) of problems numbers the classes `1.`
/// and the problems `(1)`. When the text says so, each `(1)` item under a `1.` becomes a problem of its category,
/// with its class in the editorial note; a class with no items stays as printed. Returns the notes by index.
pub(super) fn promote_problems_under_classes(doc: &mut Doc) -> HashMap<usize, String> {
    let mut notes = HashMap::new();
    if !counts_classes(&doc.narrative_paragraphs) || doc.problems.iter().all(|p| p.sub_items.is_empty()) {
        return notes;
    }
    let mut promoted = Vec::with_capacity(doc.problems.len());
    for class in std::mem::take(&mut doc.problems) {
        if class.sub_items.is_empty() {
            promoted.push(class);
            continue;
        }
        for item in &class.sub_items {
            notes.insert(promoted.len(), format!("通报将此问题列在“{}.{}”类下。", class.number, class.title));
            promoted.push(RawProblem {
                line: class.line,
                number: item.number.clone(),
                title: item.title.clone(),
                category: class.category,
                categories_before: class.categories_before,
                section: class.section,
                status: item.status.clone(),
                measures: item.measures.clone(),
                sub_items: Vec::new(),
                group_status: class.group_status.clone(),
            });
        }
    }
    doc.problems = promoted;
    notes
}

/// Whether the narrative counts problems in classes: a number just before a 类 followed by 问题.
fn counts_classes(paragraphs: &[(usize, String)]) -> bool {
    paragraphs.iter().any(|(_, p)| {
        p.match_indices('类').any(|(at, _)| {
            let before_is_number =
                p[..at].chars().next_back().is_some_and(|c| scan::is_digit(c) || scan::chinese_digit(c).is_some());
            let after: String = p[at..].chars().take(8).collect();
            before_is_number && after.contains("问题")
        })
    })
}

/// Gives every problem printed under no category a category, by the rule in the module documentation; returns
/// the editorial note of each such problem, by index.
pub(super) fn assign_orphan_categories(doc: &mut Doc, warnings: &mut Vec<Finding>) -> HashMap<usize, String> {
    let mut notes = HashMap::new();
    let mut guesser = CategoryGuesser::new(doc);
    let mut created_for_section: HashMap<Option<usize>, usize> = HashMap::new();
    for p in 0..doc.problems.len() {
        if doc.problems[p].category.is_some() {
            continue;
        }
        let before = doc.problems[p].categories_before.min(guesser.real_categories);
        let (category, note, kind) = if before > 0 {
            let best = guesser.best(doc, p, before);
            let category = category_label(&doc.categories[best]);
            let problem = &doc.problems[p];
            let note = format!(
                "通报将此问题列在{}，未标明所属方面；导入程序按问题标题与各方面（及其问题标题）的共同用词，将其归入“{category}”，请核对。",
                printed_under(doc, problem)
            );
            let kind = FindingKind::ImportCategoryGuessed { problem: problem.short_name(), category };
            (best, note, kind)
        } else {
            let section = doc.problems[p].section;
            let c = *created_for_section.entry(section).or_insert_with(|| category_for_section(doc, section));
            let category = category_label(&doc.categories[c]);
            let problem = &doc.problems[p];
            let note = format!(
                "通报将此问题列在{}，未标明所属方面，且通报未列出任何方面；导入程序新建了方面“{category}”。",
                printed_under(doc, problem)
            );
            (c, note, FindingKind::ImportCategoryCreated { problem: problem.short_name(), category })
        };
        notes.insert(p, note);
        let position = Some((doc.problems[p].line, 1));
        warnings.push(Finding { path: format!("$.problems[{p}].category"), position, kind });
        doc.problems[p].category = Some(category);
        guesser.joined(category, p);
    }
    notes
}

/// Guesses the category of a problem printed under none from the two-character words its title shares with each
/// category's title and problem titles.
struct CategoryGuesser {
    /// The categories the report prints (the ones created for sections come after them and are never guessed).
    real_categories: usize,
    /// Which problems each category holds, so that guessing stays linear in the number of problems.
    members: Vec<Vec<usize>>,
    /// Each category's two-character words, computed once and recomputed only when an orphan joins it.
    words: Vec<Option<Vec<u64>>>,
}

impl CategoryGuesser {
    fn new(doc: &Doc) -> Self {
        let real_categories = doc.categories.len();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); real_categories];
        for (p, problem) in doc.problems.iter().enumerate() {
            if let Some(list) = problem.category.and_then(|c| members.get_mut(c)) {
                list.push(p);
            }
        }
        Self { real_categories, members, words: vec![None; real_categories] }
    }

    /// The category, among the last [`GUESS_WINDOW`] of the `before` printed before problem `p`, that shares the
    /// most words with its title; ties go to the latest.
    fn best(&mut self, doc: &Doc, p: usize, before: usize) -> usize {
        let wanted = bigrams(&doc.problems[p].title);
        (before.saturating_sub(GUESS_WINDOW)..before)
            .map(|c| {
                let words = self.words[c].get_or_insert_with(|| {
                    let mut text = doc.categories[c].title.clone();
                    for &other in &self.members[c] {
                        text.push_str(&doc.problems[other].title);
                    }
                    bigrams(&text)
                });
                (shared(words, &wanted), c)
            })
            .max()
            .map(|(_, c)| c)
            .unwrap_or(before - 1)
    }

    /// Problem `p` joined `category`: its words count from now on.
    fn joined(&mut self, category: usize, p: usize) {
        if let Some(list) = self.members.get_mut(category) {
            list.push(p);
            self.words[category] = None;
        }
    }
}

/// A new category for the problems printed in `section` under no category, named and numbered after the section
/// heading. A section that names problems ("一、省级财政管理审计查出问题的整改情况", as audit reports print their
/// categories) is the problems' category as printed, with its number.
fn category_for_section(doc: &mut Doc, section: Option<usize>) -> usize {
    let (number, title) = section
        .and_then(|s| doc.sections.get(s))
        .map(|s| (s.title.contains("问题").then(|| format!("{}、", s.number)), s.title.clone()))
        .unwrap_or_else(|| (None, "未分类".to_owned()));
    doc.categories.push(RawCategory { number, title, heading: None, declared: None });
    doc.categories.len() - 1
}

/// Distinct pairs of adjacent CJK characters, packed and sorted: the "words" two titles can share.
fn bigrams(text: &str) -> Vec<u64> {
    let chars: Vec<char> = text.chars().filter(|&c| scan::is_cjk(c)).collect();
    let mut pairs: Vec<u64> = chars.windows(2).map(|w| (u64::from(w[0]) << 32) | u64::from(w[1])).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// How many of the sorted, distinct `a` are also in the sorted, distinct `b`.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// "“三、长期整改 II 的整改事项”之下", or "正文中" for a problem outside any section.
fn printed_under(doc: &Doc, problem: &RawProblem) -> String {
    problem
        .section
        .and_then(|s| doc.sections.get(s))
        .map(|s| format!("“{}、{}”之下", s.number, s.title))
        .unwrap_or_else(|| "正文中".to_owned())
}

fn category_label(category: &RawCategory) -> String {
    format!("{}{}", category.number.as_deref().unwrap_or_default(), category.title)
}
