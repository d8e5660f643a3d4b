//! The importer on small synthetic reports, one per pattern of the family: numbering levels, heading wordings,
//! half-width punctuation, status words, summary figures, year resolution, damaged text, unplaced lines and
//! count mismatches.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

mod common;

use common::import;

use zhenggai_core::FindingKind;
use zhenggai_core::load::finding::Counted;

use zhenggai_core::model::{Dataset, DeadlineKind, StatusKind};

fn label_of(dataset: &Dataset, id: &str) -> (String, StatusKind) {
    let s = dataset.statuses.iter().find(|s| s.id == id).unwrap();
    (s.label.clone(), s.kind)
}

const HEADER: &str = "中共某县自然资源局党组关于巡察整改进展情况的通报\n\n根据县委统一部署，2023年4月10日至6月10日，县委第二巡察组对某县自然资源局（以下简称“县自然资源局”）开展了巡察。7月20日，县委第二巡察组反馈了巡察意见。\n\n";

#[test]
fn three_level_numbering_gives_sub_items_with_their_own_status() {
    let text = format!(
        "{HEADER}二、整改事项\n\n（一）反馈问题：制度执行不严\n\n1.关于财务管理不规范的问题。\n\n(1)报销审核不严。\n\n整改结果：已完成\n\n整改情况：修订《财务报销办法》。\n\n（2）票据管理混乱。\n\n整改结果：正在整改\n\n整改情况：开展票据清理。\n\n2.关于资产管理的问题。\n\n整改结果：已完成\n\n整改情况：完成资产清查。\n"
    );
    let report = import(&text);
    let d = &report.dataset;
    assert_eq!(d.problems.len(), 2);
    let p1 = &d.problems[0];
    assert_eq!(p1.sub_items.len(), 2);
    assert_eq!((p1.sub_items[0].number.as_str(), p1.sub_items[0].title.as_str()), ("1", "报销审核不严"));
    assert_eq!(p1.sub_items[0].regulations[0].title, "财务报销办法");
    assert_eq!(
        label_of(d, p1.sub_items[1].status.as_deref().unwrap()),
        ("正在整改".to_owned(), StatusKind::InProgress)
    );
    // With no status of its own, the problem takes its least finished sub-item's.
    assert_eq!(label_of(d, &p1.status).1, StatusKind::InProgress);
    assert!(report.unplaced.is_empty(), "{:#?}", report.unplaced);
}

#[test]
fn top_level_categories_with_problem_counts() {
    let text = format!(
        "{HEADER}一、关于“落实重大决策部署”方面的问题（2个问题）\n\n1.关于耕地保护不力的问题。\n\n整改结果：基本完成\n\n整改情况：开展耕地专项整治。\n\n2.关于执法不严的问题。\n\n整改结果：完成\n\n整改情况：加强执法。\n\n二、关于“选人用人”的问题（1个问题）\n\n3.关于干部交流不足的问题。\n\n整改结果：完成\n\n整改情况：完成交流轮岗。\n"
    );
    let d = import(&text).dataset;
    let cats: Vec<(Option<&str>, &str, Option<u32>)> =
        d.categories.iter().map(|c| (c.number.as_deref(), c.title.as_str(), c.declared_problems)).collect();
    assert_eq!(cats, [(Some("一、"), "落实重大决策部署", Some(2)), (Some("二、"), "选人用人", Some(1))]);
    assert_eq!(d.categories[0].heading.as_deref(), Some("关于“落实重大决策部署”方面的问题（2个问题）"));
    assert!(d.sections.is_empty());
    assert_eq!(d.problems.iter().map(|p| p.category.as_str()).collect::<Vec<_>>(), ["c1", "c1", "c2"]);
}

#[test]
fn zai_fangmian_and_guanyu_headings_with_half_width_punctuation() {
    let text = format!(
        "{HEADER}二、整改事项\n\n(一)在“党的建设”方面\n\n1、关于组织生活不规范的问题.\n\n整改结果:完成\n\n整改情况:规范三会一课,建立台账。\n\n(二) 关于“作风建设”的问题\n\n2．关于文山会海的问题。\n\n整改结果:基本完成\n\n整改情况:精简会议30%。\n"
    );
    let d = import(&text).dataset;
    let cats: Vec<(Option<&str>, &str)> =
        d.categories.iter().map(|c| (c.number.as_deref(), c.title.as_str())).collect();
    assert_eq!(cats, [(Some("(一)"), "党的建设"), (Some("(二)"), "作风建设")]);
    assert_eq!(d.problems[0].title, "关于组织生活不规范的问题");
    assert_eq!(d.problems[0].measures, ["规范三会一课,建立台账。"]);
    assert_eq!(label_of(&d, &d.problems[1].status), ("基本完成".to_owned(), StatusKind::MostlyDone));
    assert_eq!(d.problems[1].metrics[0].text, "30%");
}

#[test]
fn status_words_inside_the_text_build_the_vocabulary() {
    let text = format!(
        "{HEADER}二、整改事项\n\n（一）反馈问题：管理不到位\n\n1.关于台账不全的问题。已整改销号。\n\n整改情况：补齐全部台账。\n\n2.关于制度缺失的问题（部分整改）\n\n整改情况：起草了《内控制度》，正在审议。\n\n3.关于信息公开滞后的问题。\n\n整改情况：建立公开清单，每月更新。目前持续推进。\n\n4.关于档案管理的问题。\n\n整改情况：档案已全部整理。\n"
    );
    let report = import(&text);
    let d = &report.dataset;
    let statuses: Vec<(String, StatusKind)> = d.problems[..3].iter().map(|p| label_of(d, &p.status)).collect();
    assert_eq!(
        statuses,
        [
            ("已整改销号".to_owned(), StatusKind::Done),
            ("部分整改".to_owned(), StatusKind::InProgress),
            ("持续推进".to_owned(), StatusKind::InProgress),
        ]
    );
    assert_eq!(d.problems[1].title, "关于制度缺失的问题");
    assert_eq!(d.problems[1].regulations[0].action, zhenggai_core::model::RegulationAction::Drafted);
    // The fourth states no status: it is marked 未注明 and the import says so.
    assert_eq!(label_of(d, &d.problems[3].status).0, "未注明");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| matches!(&w.kind, FindingKind::ImportStatusMissing { problem } if problem.starts_with("4.")))
    );
}

#[test]
fn an_unknown_status_word_is_guessed_and_flagged() {
    let text = format!(
        "{HEADER}二、整改事项\n\n（一）反馈问题：某某\n\n1.关于某某的问题。\n\n整改结果：挂牌督办\n\n整改情况：已挂牌督办。\n"
    );
    let report = import(&text);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| matches!(&w.kind, FindingKind::ImportStatusKindGuessed { label, .. } if label == "挂牌督办"))
    );
}

#[test]
fn summary_with_measures_counts_completion_rate_and_matching_labels() {
    let text = format!(
        "{HEADER}一、组织整改落实情况\n\n截至2023年12月31日，巡察反馈的2个方面3个具体问题，已完成整改2个，长期整改1个，整改完成率67%。共制定整改措施20条，已完成18条。巡察移交信访件5件，已办结4件。\n\n二、整改事项\n\n（一）反馈问题：甲\n\n1.关于甲的问题。\n\n整改结果：已完成整改\n\n整改情况：已处理。\n\n2.关于乙的问题。\n\n整改结果：已完成整改\n\n整改情况：已处理。\n\n（二）反馈问题：丙\n\n3.关于丙的问题。\n\n整改结果：长期整改\n\n整改情况：持续跟进。\n"
    );
    let report = import(&text);
    let d = &report.dataset;
    let declared = &d.declared;
    assert_eq!((declared.categories, declared.problems), (Some(2), Some(3)));
    assert_eq!(declared.completion_rate, Some(67.0));
    assert_eq!(declared.measures.map(|m| (m.total, m.settled)), Some((20, Some(18))));
    assert_eq!(declared.petitions.map(|m| (m.total, m.settled)), Some((5, Some(4))));
    let by_status: Vec<(String, u32)> =
        declared.by_status.iter().map(|c| (label_of(d, &c.status).0, c.count)).collect();
    assert_eq!(by_status, [("已完成整改".to_owned(), 2), ("长期整改".to_owned(), 1)]);
    assert_eq!(d.report.as_of.map(|a| a.to_string()).as_deref(), Some("2023-12-31"));
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
}

#[test]
fn deadlines_without_a_year_take_the_reports_year() {
    let text = format!(
        "{HEADER}二、整改事项\n\n（一）反馈问题：甲\n\n1.关于甲的问题。\n\n整改结果：长期整改\n\n整改情况：12月底前完成清理，2025年3月底前全部销号，年底前出台《管理办法》。\n\n中共某县自然资源局党组\n\n2024 1 15\n"
    );
    let report = import(&text);
    let d = &report.dataset;
    assert_eq!(d.report.published.map(|p| p.to_string()).as_deref(), Some("2024-01-15"));
    let deadlines: Vec<(String, DeadlineKind, &str)> =
        d.problems[0].deadlines.iter().map(|x| (x.due.to_string(), x.kind, x.text.as_str())).collect();
    assert_eq!(
        deadlines,
        [
            ("2024-12".to_owned(), DeadlineKind::By, "12月底前"),
            ("2025-03".to_owned(), DeadlineKind::By, "2025年3月底前"),
            ("2024-12".to_owned(), DeadlineKind::By, "年底前"),
        ]
    );
    // The feedback date "7月20日" in a report published in January 2024 is read as 2023: it lies before publication.
    assert_eq!(d.report.inspection.feedback_date.map(|f| f.to_string()).as_deref(), Some("2023-07-20"));
    assert_eq!(d.report.issuer, "中共某县自然资源局党组");
}

#[test]
fn damaged_text_is_repaired() {
    let text = "中共某县自然资源局党组\n关于巡察整改进展情况的通报\n\n二、整改事项\n\n（一）反馈问题：甲\n\n1.关于甲的问题。\n\n整改结果：完成\n\n整改情况：出台了《绩效管理辦法》，共清理**12**个项目，加强项目建设 and 招投标全过程监管，对所有项目开展\n\n- 3 -\n\n全面排查。\n";
    let report = import(text);
    let d = &report.dataset;
    assert_eq!(d.report.title, "中共某县自然资源局党组关于巡察整改进展情况的通报");
    assert_eq!(
        d.problems[0].measures,
        ["出台了《绩效管理办法》，共清理12个项目，加强项目建设和招投标全过程监管，对所有项目开展全面排查。"]
    );
    assert_eq!(d.problems[0].regulations[0].title, "绩效管理办法");
    assert_eq!(d.problems[0].metrics[0].text, "12个");
}

#[test]
fn unplaced_lines_are_reported_with_their_line_numbers() {
    let text = format!(
        "{HEADER}二、整改事项\n\n（一）反馈问题：甲\n\n这是一个方面的说明，没有地方放。\n\n1.关于甲的问题。\n\n整改结果：完成\n\n整改结果：基本完成\n\n整改情况：已处理。\n\n中共某县自然资源局党组\n\n2023年12月22日\n\n附件：无\n"
    );
    let report = import(&text);
    let lines: Vec<(usize, &str)> = report.unplaced.iter().map(|u| (u.line, u.text.as_str())).collect();
    assert_eq!(lines, [(9, "这是一个方面的说明，没有地方放。"), (15, "基本完成"), (23, "附件：无")]);
}

#[test]
fn a_declared_count_that_disagrees_is_a_warning() {
    let text = format!(
        "{HEADER}一、组织整改落实情况\n\n巡察反馈的1个方面3个具体问题，已完成整改3个。\n\n二、整改事项\n\n（一）反馈问题：甲（3个问题）\n\n1.关于甲的问题。\n\n整改结果：已完成整改\n\n整改情况：已处理。\n\n2.关于乙的问题。\n\n整改结果：已完成整改\n\n整改情况：已处理。\n"
    );
    let report = import(&text);
    let mismatches: Vec<(&str, &Counted, u64, u64)> = report
        .warnings
        .iter()
        .filter_map(|w| match &w.kind {
            FindingKind::CountMismatch { counted, declared, actual } => {
                Some((w.path.as_str(), counted, *declared, *actual))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        mismatches,
        [
            ("$.declared.problems", &Counted::Problems, 3, 2),
            ("$.declared.by_status[0].count", &Counted::Status("已完成整改".to_owned()), 3, 2),
            ("$.categories[0].declared_problems", &Counted::Category("甲".to_owned()), 3, 2),
        ]
    );
}

#[test]
fn a_report_without_categories_gets_one_per_section() {
    let text = format!(
        "{HEADER}二、已完成的整改事项\n\n1.关于甲的问题。\n\n整改结果：完成\n\n整改情况：已处理。\n\n2.关于乙的问题。\n\n整改结果：完成\n\n整改情况：已处理。\n"
    );
    let report = import(&text);
    let d = &report.dataset;
    assert_eq!(d.categories.len(), 1);
    assert_eq!(d.categories[0].title, "已完成的整改事项");
    assert!(d.problems.iter().all(|p| p.category == "c1" && p.editorial_note.is_some()));
    let created =
        report.warnings.iter().filter(|w| matches!(w.kind, FindingKind::ImportCategoryCreated { .. })).count();
    assert_eq!(created, 2);
}

#[test]
fn empty_and_unstructured_text_still_gives_a_valid_dataset() {
    for text in ["", "\u{feff}", "随便写的一段话。", "1.\n\n（一）\n\n一、\n\n整改结果：\n"] {
        let report = import(text);
        assert!(report.warnings.iter().any(|w| w.kind == FindingKind::ImportNoProblems), "{text:?}");
    }
}
