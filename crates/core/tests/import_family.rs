//! The importer's rules for the family of real reports, one test per rule (the names are those of
//! docs/importer.md, "Rules from the corpus"). Each sentence is written in the form a real report of the corpus
//! (data/source/corpus/) uses; the corpus itself is scored by `zhenggai corpus` (crates/cli/tests/corpus_recall.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

mod common;

use common::import;

use zhenggai_core::FindingKind;
use zhenggai_core::import::import_text;
use zhenggai_core::model::{Declared, Settled, StatusKind};

/// The declared figures of a report whose narrative is `sentences`.
fn declared(sentences: &str) -> Declared {
    import(&format!("关于巡察整改进展情况的通报\n一、组织整改落实情况\n{sentences}\n")).dataset.declared
}

/// The declared counts by status as (kind, count).
fn by_status(sentences: &str) -> Vec<(StatusKind, u32)> {
    let report = import(&format!("关于巡察整改进展情况的通报\n一、组织整改落实情况\n{sentences}\n"));
    let dataset = report.dataset;
    dataset
        .declared
        .by_status
        .iter()
        .map(|c| (dataset.statuses.iter().find(|s| s.id == c.status).unwrap().kind, c.count))
        .collect()
}

fn settled(total: u32, settled: Option<u32>) -> Option<Settled> {
    Some(Settled { total, settled })
}

#[test]
fn problems_counted_with_the_number_first_and_a_short_qualifier() {
    assert_eq!(declared("巡视组所反馈的4个方面13个专项问题的整改工作已取得阶段性成效。").problems, Some(13));
    assert_eq!(declared("推进31个省委巡视反馈问题整改。").problems, Some(31));
    assert_eq!(declared("截至目前，巡察反馈25个问题，已完成整改19个。").problems, Some(25));
}

#[test]
fn problems_counted_with_the_number_after() {
    assert_eq!(declared("省委巡视组共向被巡视单位反馈问题1029个，目前均已完成整改。").problems, Some(1029));
    assert_eq!(declared("前五轮该县共反馈巡察问题408个，已整改问题393个。").problems, Some(408));
    assert_eq!(declared("巡察反馈具体问题需要向社会公开的19个，已完成整改9个。").problems, Some(19));
    // Categories first, then the problems: "反馈问题4个大方面26个大项的问题".
    let d = declared("区委巡察组共反馈问题4个大方面26个大项的问题。");
    assert_eq!((d.categories, d.problems), (Some(4), Some(26)));
}

#[test]
fn the_earliest_count_of_problems_wins_and_a_breakdown_after_it_is_not_the_total() {
    assert_eq!(declared("针对巡察反馈的11项问题，梳理出了31个具体问题，86项细化整改措施。").problems, Some(11));
    assert_eq!(declared("针对4个方面12类问题，细化成39个具体问题。").problems, None);
    // A breakdown with nothing counted before it is the count.
    assert_eq!(declared("本科生院针对巡视反馈意见分解出的4大类、26个具体问题。").problems, Some(26));
}

#[test]
fn a_subset_of_the_problems_is_not_their_total() {
    for sentence in [
        "通报2016年以来市委巡察发现的10个方面普遍性问题。",
        "主动领办主导7个重点难点问题整改任务。",
        "在要求立行立改的2186项问题中，已有98%完成整改；需分阶段或持续整改的1299项与753项问题，均已制定时间表。",
        "制定了《关于5个村党组织反馈问题整改落实方案》。",
    ] {
        assert_eq!(declared(sentence).problems, None, "{sentence}");
    }
}

#[test]
fn status_counts_in_any_phrasing() {
    use StatusKind::*;
    assert_eq!(
        by_status("巡察反馈的697个问题，完成整改688个，基本完成取得阶段性成果并持续整改问题4个，未完成5个。"),
        [(Done, 688), (MostlyDone, 4), (NotDone, 5)]
    );
    assert_eq!(by_status("反馈问题10个，已整改7项，正在整改3项（含部分整改）。"), [(Done, 7), (InProgress, 3)]);
    assert_eq!(
        by_status("反馈问题471个，已整改销号问题453个，申请延期整改问题18个。"),
        [(Done, 453), (InProgress, 18)]
    );
    assert_eq!(
        by_status(
            "巡察反馈具体问题需要向社会公开的19 个，已完成整改9(含立行立改已办结1)，阶段性完成整改9个，未完成整改 1个。"
        ),
        [(Done, 9), (MostlyDone, 9), (NotDone, 1)]
    );
    // The counts in a sentence of their own after the total.
    assert_eq!(by_status("巡察反馈问题12个。目前已完成整改10个，正在整改2个。"), [(Done, 10), (InProgress, 2)]);
}

#[test]
fn status_counts_stop_where_the_sentence_turns_to_other_things_counted() {
    let d = declared("区委巡察组共反馈问题26个，党委将反馈问题梳理分解整改任务106个，已完成整改98个。");
    assert!(d.by_status.is_empty(), "{:?}", d.by_status);
    assert_eq!(d.measures, settled(106, Some(98)));
    // Money is said of the problems: the count after it is still theirs.
    let counts =
        by_status("共计50项具体问题，报告日已整改40项，整改到位资金215587.84万元，正在整改10项（含部分整改）。");
    assert_eq!(counts, [(StatusKind::Done, 40), (StatusKind::InProgress, 10)]);
}

#[test]
fn counts_that_name_their_status_after_them() {
    use StatusKind::*;
    let d = declared("截至5月6日，3个问题已完成整改，2个问题已基本完成整改。");
    assert_eq!(d.problems, None);
    assert_eq!(by_status("截至5月6日，3个问题已完成整改，2个问题已基本完成整改。"), [(Done, 3), (MostlyDone, 2)]);
    assert_eq!(by_status("仍有642个面上问题未完成整改。"), [(NotDone, 642)]);
}

#[test]
fn examples_of_some_units_are_not_the_reports_figures() {
    let d = declared(
        "督促下属单位即查即改；有些单位建立长效机制抓整改，附海镇对2016年经责审计提出的21个问题进行持续整改。",
    );
    assert_eq!(d.problems, None);
    assert_eq!(declared("有的单位召开专题会议5次。").meetings.len(), 0);
}

#[test]
fn all_done_without_a_second_number() {
    assert_eq!(by_status("共向被巡视单位反馈问题1029个，目前均已完成整改。"), [(StatusKind::Done, 1029)]);
}

#[test]
fn an_ordinal_is_never_a_count() {
    let d = declared(
        "2023年1月17日，十二届区委常委会第57次会议听取了整改进展情况报告。区政府八届89次常务会议提出要做好审计整改。",
    );
    assert!(d.meetings.is_empty(), "{:?}", d.meetings);
}

#[test]
fn categories_are_not_an_enumerations_count() {
    for sentence in [
        "从措施、责任人、时限等3个方面压实责任。",
        "从4个方面入手推进整改。",
        "将各项任务分解为四大方面489项举措。",
        "通报市委巡察发现的10个方面普遍性问题。",
    ] {
        assert_eq!(declared(sentence).categories, None, "{sentence}");
    }
    assert_eq!(declared("学校党委对六个方面47个问题照单全收。").categories, Some(6));
    assert_eq!(declared("镇党委对市委巡察组提出存在的5大方面14个问题逐一整改。").categories, Some(5));
}

#[test]
fn measures_in_any_phrasing() {
    assert_eq!(declared("制定整改措施52条，已完成整改48条。").measures, settled(52, Some(48)));
    assert_eq!(declared("制定了21项整改措施，并细化为64条具体措施。").measures, settled(21, None));
    assert_eq!(declared("梳理出31个具体问题，86项细化整改措施。").measures, settled(86, None));
    assert_eq!(declared("26个具体问题、29项整改措施已完成。").measures, settled(29, Some(29)));
}

#[test]
fn tasks_count_as_measures_only_with_their_progress() {
    assert_eq!(declared("明确12项主要任务。").measures, None);
    assert_eq!(
        declared("明确156项整改任务。截至2021年9月底，132项整改任务已完成或基本完成，24项整改任务正在持续推进。")
            .measures,
        settled(156, Some(132))
    );
    assert_eq!(declared("对反馈的八个方面20项整改任务已全部整改到位。").measures, settled(20, Some(20)));
}

#[test]
fn a_rounds_units() {
    assert_eq!(declared("区委4个巡察组向40家被巡察单位党组织全面反馈巡察情况。").units, Some(40));
    assert_eq!(declared("共要求被巡察的45家单位对存在的471个问题进行整改。").units, Some(45));
    assert_eq!(declared("辽中区委已经开展六轮常规巡察，对全区59个单位党组织开展了常规巡察。").units, Some(59));
    assert_eq!(declared("十九届中央第七轮巡视的32个单位党组织的整改情况已公布完毕。").units, Some(32));
    for sentence in [
        "对区发改局、区粮油储备购销公司2家单位开展涉粮问题专项巡察。",
        "完成该年度第三轮对26家单位巡视。",
        "先后派出9个监督检查组对38个单位巡察整改情况开展监督检查，反馈问题408个。",
    ] {
        assert_eq!(declared(sentence).units, None, "{sentence}");
    }
}

#[test]
fn immediate_rectification_in_any_phrasing() {
    assert_eq!(declared("巡视交办的立行立改1件，已全部办结。").immediate_rectification, settled(1, Some(1)));
    assert_eq!(
        declared("巡察移交的6个立行立改问题和15件信访件，均已全部办结。").immediate_rectification,
        settled(6, Some(6))
    );
    assert_eq!(
        declared("在要求「立行立改」的2186项问题中，已有98%完成整改。").immediate_rectification,
        settled(2186, None)
    );
    // While the team is still on site, the problems it points out are handed over for immediate rectification.
    let d = declared("进驻以来，发放立行立改交办函17份，指出具体问题41个，其中35个已整改。");
    assert_eq!((d.immediate_rectification, d.problems), (settled(41, Some(35)), None));
}

#[test]
fn rules_and_documents() {
    assert_eq!(declared("完善和新建制度589项。").documents_issued, Some(589));
    assert_eq!(declared("建立完善规章制度768个。").documents_issued, Some(768));
    assert_eq!(declared("出台13个规章制度。").documents_issued, Some(13));
}

#[test]
fn meetings_counted_either_way_round() {
    let labels = |sentence: &str| -> Vec<(String, u32)> {
        declared(sentence).meetings.into_iter().map(|m| (m.label, m.count)).collect()
    };
    assert_eq!(labels("召开6次书记专题会。"), [("书记专题会".to_owned(), 6)]);
    assert_eq!(
        labels("被巡察党组织共召开巡察整改专题民主生活会(组织生活会)38次，组织集中学习会议141次。"),
        [("巡察整改专题民主生活会(组织生活会)".to_owned(), 38), ("集中学习会议".to_owned(), 141)]
    );
    assert_eq!(labels("召开党组会议4次、局长办公会议2次。").len(), 2);
    assert_eq!(labels("领导小组先后5次专题研究部署巡察整改工作。"), [("专题研究部署巡察整改工作".to_owned(), 5)]);
    // Lessons and interviews are not meetings.
    assert!(labels("领导干部讲授专题党课72次，谈话331人次。").is_empty());
}

#[test]
fn completion_rates_and_what_is_not_one() {
    assert_eq!(declared("整改完成率98.71%。").completion_rate, Some(98.71));
    assert_eq!(declared("审计查出问题整改率91.29%。").completion_rate, Some(91.29));
    assert_eq!(
        declared("对471个问题进行整改，已整改销号问题453个，占整改问题总数的96.18%；申请延期整改问题18个。")
            .completion_rate,
        Some(96.18)
    );
    assert_eq!(declared("反馈问题整改完成率达到100%的51个，80%以下的4个。").completion_rate, None);
}

#[test]
fn page_furniture_is_dropped_and_listed_as_cleaned() {
    let text = "当前位置：首页 > 信息公开 > 工作动态\n关于巡察整改进展情况的通报\n发布时间：2023-01-29 来源：区纪委监委 浏览次数：1024\n【字体：大 中 小】 打印 关闭\n一、组织整改落实情况\n截至目前，巡察反馈12个问题，已完成整改10个。\n分享到：\n";
    let report = import(text);
    let cleaned: Vec<&str> = report
        .recognised
        .iter()
        .filter(|r| r.what.name() == "cleaned" && r.text.contains("网页框架"))
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(cleaned.len(), 4, "{cleaned:?}");
    let narrative: Vec<&String> = report.dataset.report.narrative.iter().flat_map(|n| &n.paragraphs).collect();
    assert!(
        narrative.iter().all(|p| !p.contains("浏览") && !p.contains("当前位置") && !p.contains("分享")),
        "{narrative:?}"
    );
    assert_eq!(report.dataset.declared.problems, Some(12));
}

#[test]
fn pinyin_readings_and_traditional_characters() {
    let d = declared("有642個(gè)面上問題未完成整改。巡視組反饋問題共計(jì)30個。");
    assert_eq!(d.problems, Some(30));
    let report = import("關於巡視整改進展情況的通報\n一、組織整改落實情況\n審計查出問題整改率達到95%。\n");
    assert_eq!(report.dataset.report.title, "关于巡视整改进展情况的通报");
    assert_eq!(report.dataset.declared.completion_rate, Some(95.0));
}

#[test]
fn a_date_above_the_article_is_the_publication_date_but_does_not_end_the_text() {
    let text = "• 发布机构:\n婺城区文旅体局\n2023-05-04\n关于巡察整改情况的通报\n一、组织整改落实情况\n党组高度重视巡察整改工作，成立领导小组，制定整改方案，明确责任分工，逐项推进整改落实。\n截至目前，巡察反馈25个问题，已完成整改19个、正在整改6个，整改完成率76%。\n党组将持续巩固整改成效，建立长效机制，确保整改工作取得实效，接受干部群众监督。\n";
    let report = import(text);
    assert_eq!(report.dataset.report.published.map(|d| d.to_string()), Some("2023-05-04".to_owned()));
    assert_eq!(report.dataset.declared.problems, Some(25));
    assert!(report.unplaced.is_empty(), "{:?}", report.unplaced);
}

#[test]
fn a_paragraph_with_a_run_in_heading_is_prose_not_a_category() {
    let text = "关于巡察整改进展情况的通报\n一、把牢政治方向，以最坚决的态度从严从实推进整改工作\n（一）加强组织领导，扛牢政治责任。街道党工委坚决履行巡察整改主体责任，党工委书记扛起第一责任人责任，亲自部署、亲自协调、亲自督办。\n（二）细化整改任务，全力推进整改。针对巡察反馈的11项问题，制定整改落实方案，梳理出了31个具体问题，86项细化整改措施。\n";
    let report = import(text);
    assert!(report.dataset.categories.is_empty(), "{:?}", report.dataset.categories);
    assert_eq!(report.dataset.declared.problems, Some(11));
    assert_eq!(report.dataset.declared.measures, settled(86, None));
}

#[test]
fn audit_reports_list_problems_as_about_headings_with_their_text() {
    let text = "关于2021年度省级预算执行审计查出问题整改情况的报告\n一、省级财政管理审计查出问题的整改情况\n（一）关于省级预算执行进度较为缓慢的问题。对提前下达比例未达到要求问题，截至2021年11月底，省级已提前下达转移支付项目64个，已整改。\n（二）关于财政精细化管理水平有待提高的问题。省财政厅已修订完善国库现金管理实施细则的评分指标，已整改。\n";
    let report = import(text);
    let titles: Vec<&str> = report.dataset.problems.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["关于省级预算执行进度较为缓慢的问题", "关于财政精细化管理水平有待提高的问题"]);
    let category = &report.dataset.categories[0];
    assert_eq!(
        (category.number.as_deref(), category.title.as_str()),
        (Some("一、"), "省级财政管理审计查出问题的整改情况")
    );
}

#[test]
fn problems_numbered_by_name_and_the_group_lines_above_them() {
    let text = "关于巡察整改进展情况的通报\n二、集中整改期内整改进展情况\n（一）关于上轮巡察反馈问题整改不彻底方面\n1.关于“乱发滥补现象仍未禁绝”方面\n问题1：无依据发放各类津补贴和春节慰问费。\n完成情况：已完成\n2.关于“国有资产移交不彻底”方面\n问题2：槐奇岭治超站移交不实。\n完成情况：基本完成\n";
    let report = import(text);
    let titles: Vec<&str> = report.dataset.problems.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["无依据发放各类津补贴和春节慰问费", "槐奇岭治超站移交不实"]);
    assert_eq!(report.unplaced.len(), 2, "the group lines are listed: {:?}", report.unplaced);
}

#[test]
fn classes_of_problems_make_the_third_level_the_problems() {
    let text = "关于巡察整改情况的通报\n一、组织落实\n针对巡察中发现的四方面13类共27项问题整改情况如下。\n二、整改落实主要成效\n（一）落实党的路线方针政策情况\n1.统一思想凝聚力量工作不够紧实\n（1）校支委会未严格落实“第一议题”制度\n整改情况：召开校支委会，专题研讨。已完成整改。\n（2）政治意识不强\n整改情况：制定学习计划。正在整改。\n";
    let report = import(text);
    let dataset = &report.dataset;
    let titles: Vec<&str> = dataset.problems.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(titles, ["校支委会未严格落实“第一议题”制度", "政治意识不强"]);
    assert!(dataset.problems[0].editorial_note.as_deref().unwrap_or_default().contains("统一思想凝聚力量工作不够紧实"));
    assert_eq!(dataset.categories[0].title, "落实党的路线方针政策情况");
}

#[test]
fn a_status_named_by_the_heading_of_the_group() {
    let text = "关于巡察整改进展情况的通报\n二、整改进展情况及成效\n（一）集中整改期内已完成的整改事项\n1.关于学用结合不紧密的问题。\n整改情况：建立学习制度。\n";
    let report = import(text);
    let dataset = &report.dataset;
    let status = dataset.statuses.iter().find(|s| s.id == dataset.problems[0].status).unwrap();
    assert_eq!((status.label.as_str(), status.kind), ("已完成", StatusKind::Done));
    assert!(dataset.categories.iter().all(|c| c.title != "集中整改期内已完成的整改事项"));
}

#[test]
fn a_count_of_teams_names_no_team() {
    let report = import("关于巡察整改进展情况的通报\n一、组织整改落实情况\n区委组建4个巡察组对4家单位开展常规巡察。\n");
    assert_eq!(report.dataset.report.inspection.team, "未注明");
}

#[test]
fn a_summary_only_report_is_a_dataset_of_its_figures() {
    let report = import(
        "关于第二轮巡察整改进展情况的通报\n截至目前，巡察反馈的697个问题，完成整改688个，基本完成取得阶段性成果并持续整改问题4个，未完成5个，总体完成率98.71%。\n",
    );
    assert!(report.dataset.problems.is_empty());
    let kinds: Vec<&FindingKind> = report.warnings.iter().map(|w| &w.kind).collect();
    assert_eq!(kinds, [&FindingKind::ImportSummaryOnly], "only the summary-only note, no count mismatch");
}

/// `text` as a government site serves it: each line a paragraph, escaped, inside the page's navigation,
/// breadcrumb, publication line, font-size and print controls, scripts and footer.
fn as_web_page(text: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let paragraphs: String =
        text.lines().map(|line| format!("<p style=\"text-indent:2em\">{}</p>\n", escape(line))).collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通报</title><script>var a = '<p>不是正文</p>';</script></head>\n<body><nav><a href=\"/\">首页</a> | <a href=\"/zw\">政务公开</a></nav>\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>通知公告</a></div>\n<div class=\"info\">发布时间：2023-12-22 10:00 &nbsp; 来源：本站 &nbsp; 浏览次数：<span id=\"n\">1024</span></div>\n<div class=\"tools\">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a> <a>关闭</a></div>\n<div class=\"content\">\n{paragraphs}</div>\n<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div>\n<footer>主办单位：某某人民政府 &copy; 版权所有</footer><script src=\"/stat.js\"></script></body></html>"
    )
}

#[test]
fn a_web_page_gives_the_same_dataset_as_its_text() {
    let reference = include_str!("../../../data/source/shaoyang-jingkaiqu-2023-12-22.txt");
    let mut texts = vec![reference.to_owned()];
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/source/corpus")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if ["20-", "41-", "53-", "60-"].iter().any(|n| name.starts_with(n)) && name.ends_with(".txt") {
            let file = std::fs::read_to_string(&path).unwrap();
            texts.push(file.split_once("\n---\n").unwrap().1.to_owned());
        }
    }
    assert_eq!(texts.len(), 5);
    for text in &texts {
        let page = as_web_page(text);
        let from_text = import_text(text).dataset;
        let from_page = zhenggai_core::import::import_any(&page).dataset;
        assert_eq!(
            serde_json::to_value(&from_page).unwrap(),
            serde_json::to_value(&from_text).unwrap(),
            "the page of “{}” imports differently",
            text.lines().next().unwrap_or_default()
        );
    }
}

#[test]
fn problems_after_the_aspects_they_were_found_in() {
    let d = declared(
        "3轮常规巡察共发现党组织领导核心作用不强、党的建设薄弱等方面问题199条，已整改92条，移交问题线索20件。",
    );
    assert_eq!(d.problems, Some(199));
    assert_eq!(
        by_status("3轮常规巡察共发现党的建设薄弱等方面问题199条，已整改92条，移交问题线索20件。"),
        [(StatusKind::Done, 92)]
    );
}

#[test]
fn a_breakdown_after_qizhong_adds_only_kinds_not_yet_counted() {
    use StatusKind::*;
    assert_eq!(
        by_status(
            "报告反映的825个问题，已整改466个，其中已到整改期问题381个，已整改349个，逾期未完成整改32个；未到整改期问题444个，已提前完成整改117个，正在推进327个。"
        ),
        [(Done, 466), (NotDone, 32), (InProgress, 327)]
    );
}

#[test]
fn statuses_after_their_counts_in_the_totals_sentence() {
    use StatusKind::*;
    assert_eq!(
        by_status(
            "跟踪审计发现的17个方面170个问题中，有15个方面的136个问题已整改完毕，尚有6个方面10个问题未整改到位。"
        ),
        [(Done, 136), (NotDone, 10)]
    );
    assert_eq!(declared("跟踪审计发现的17个方面170个问题中，有136个问题已整改完毕。").categories, Some(17));
}

#[test]
fn a_status_count_named_before_its_problems() {
    assert_eq!(by_status("第八轮被巡视党组织陆续向社会公开整改情况，共完成整改问题588个。"), [(StatusKind::Done, 588)]);
}

#[test]
fn in_a_rounds_report_one_bodys_figures_are_an_example() {
    let d = declared(
        "第八轮被巡视党组织陆续向社会公开整改情况，共完成整改问题588个。省财政厅党组领导班子带头推动整改，将反馈的4方面24个具体问题细化为199项措施。",
    );
    assert_eq!((d.problems, d.categories, d.measures), (None, None, None));
    // A report about one unit keeps its own figures.
    assert_eq!(declared("局党组将反馈的4方面24个具体问题细化为199项措施。").problems, Some(24));
}

#[test]
fn the_aspects_listed_before_the_problems_are_their_categories() {
    let d = declared("对照巡察反馈党的政治建设、思想建设、组织建设等6个方面、16个问题制定了175条整改措施。");
    assert_eq!((d.categories, d.problems, d.measures), (Some(6), Some(16), settled(175, None)));
}

#[test]
fn measures_with_a_qualifier() {
    assert_eq!(declared("研究制定整改方案，细化形成84项具体措施。").measures, settled(84, None));
    assert_eq!(declared("针对5个方面40项具体问题，制定113项整改工作措施。").measures, settled(113, None));
}

#[test]
fn meetings_counted_with_chang() {
    let counts: Vec<u32> =
        declared("召开1场区委常委会(扩大)会议，9场福州新区党工委、长乐区委常委会联席会议，1场专题民主生活会。")
            .meetings
            .iter()
            .map(|m| m.count)
            .collect();
    assert_eq!(counts, [1, 9, 1]);
}

#[test]
fn problem_oriented_work_is_not_a_problems_section() {
    let text = "关于巡察整改情况的通报\n一、坚持问题导向，严抓组织部署\n（一）统一思想认识，主动认领问题\n党委对照巡察反馈的6个方面、16个问题，制定整改措施。\n（二）成立领导小组，强化组织保障\n";
    let report = import(text);
    assert!(report.dataset.categories.is_empty(), "{:?}", report.dataset.categories);
    assert_eq!(report.dataset.declared.problems, Some(16));
}
