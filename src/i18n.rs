//! Every string the widget shows, one table per language. The data itself is shown as written.

use zhenggai_core::Lang;
use zhenggai_core::model::{DeadlineKind, InspectionKind, RegulationAction};
use zhenggai_core::view::filter::FilterKind;
use zhenggai_core::view::view_state::SortKey;
use zhenggai_core::words::{FieldNames, field_names};

#[cfg(feature = "importer")]
pub mod authoring;

/// The UI strings of one language.
pub struct Texts {
    /// The names of a report's fields, shared with the static HTML and the CLI.
    pub names: &'static FieldNames,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub invalid_dataset: &'static str,
    pub retry: &'static str,
    pub source: &'static str,
    pub timeline: &'static str,
    pub inspection_period: &'static str,
    pub feedback: &'static str,
    pub warnings: &'static str,
    pub summary: &'static str,
    pub total_problems: &'static str,
    pub petitions_settled: &'static str,
    pub immediate_rectification: &'static str,
    pub documents_issued: &'static str,
    /// A summary-only report (no problem listed): its heading, the mark on its figures and what the mark means.
    pub declared_heading: &'static str,
    pub declared_badge: &'static str,
    pub declared_only_note: &'static str,
    pub declared_categories: &'static str,
    pub declared_units: &'static str,
    pub declared_rate: &'static str,
    pub declared_measures: &'static str,
    pub declared_meetings: &'static str,
    pub declared_source: &'static str,
    pub consistent: &'static str,
    pub inconsistent: &'static str,
    pub filters: &'static str,
    pub categories: &'static str,
    pub statuses: &'static str,
    pub units: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub open_deadline_only: &'static str,
    pub sort: &'static str,
    pub active_filters: &'static str,
    pub clear_filters: &'static str,
    pub no_match: &'static str,
    pub try_removing: &'static str,
    pub regulations: &'static str,
    pub deadlines: &'static str,
    pub editorial_note: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    pub list_separator: &'static str,
    pub charts: &'static str,
    pub chart_by_category: &'static str,
    pub chart_hint: &'static str,
    pub data_table: &'static str,
    pub column_category: &'static str,
    pub column_total: &'static str,
    /// A bar's accessible name: its label, its count, and whether it is in its chart's selection.
    pub bar_name: fn(&str, usize, bool) -> String,
    pub picker: &'static str,
    pub picker_note: &'static str,
    pub open_file: &'static str,
    pub paste_label: &'static str,
    pub show_pasted: &'static str,
    pub drop_hint: &'static str,
    pub use_default: &'static str,
    pub pasted_name: &'static str,
    pub file_failed: fn(&str) -> String,
    pub downloaded: fn(u64, Option<u64>) -> String,
    pub elderly_mode: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub chart_svg: &'static str,
    pub chart_png: &'static str,
    pub png_failed: &'static str,
    pub chart_description: fn(usize, &[(String, usize)]) -> String,
    pub showing: fn(usize, usize) -> String,
    pub show_more: fn(usize) -> String,
    pub remove_filter: fn(&str) -> String,
    pub bad_data_url: fn(&str) -> String,
    pub network_failed: fn(&str) -> String,
    pub http_failed: fn(&str, u16) -> String,
    pub timed_out: fn(&str, u32) -> String,
    pub unit_progress: &'static str,
    pub chart_by_unit: &'static str,
    pub column_unit: &'static str,
    pub column_done_rate: &'static str,
    pub column_settled_rate: &'static str,
    pub back_to_round: &'static str,
    pub find_unit: &'static str,
    pub deadline_timeline: &'static str,
    pub overdue_only: &'static str,
    pub overdue_at_report: &'static str,
    pub overdue_today: &'static str,
    pub due_open: &'static str,
    pub due_kept: &'static str,
    pub show_problem: &'static str,
    pub hide_problem: &'static str,
    pub no_deadlines: &'static str,
    pub drill_down: fn(&str) -> String,
    pub viewing_unit: fn(&str) -> String,
    pub show_all_units: fn(usize) -> String,
    /// The phone layout's button that shows the filters (and how many are active).
    pub filters_button: fn(usize) -> String,
    /// The count of the sticky bar of active filters ("4 / 15 个问题"), and its link to the list.
    pub matching_short: fn(usize, usize) -> String,
    pub show_results: &'static str,
    /// Under a snapshot, when the widget cannot start in this browser. (Snapshots are rendered natively, or by the snapshot renderer's wasm.)
    #[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
    pub snapshot_note: &'static str,
    /// The timeline's switch between the nearest deadlines and all of them.
    pub show_all_deadlines: fn(usize) -> String,
    pub show_nearest_deadlines: fn(usize) -> String,
    /// Above the nearest deadlines: which of them are shown.
    pub nearest_deadlines: fn(usize) -> String,
    pub show_first_units: fn(usize) -> String,
    pub deadline_counts: fn(usize, usize, Option<usize>) -> String,
    pub unit_rank: fn(usize, usize) -> String,
    pub show_less: &'static str,
    pub progress_over_time: &'static str,
    pub comparing: &'static str,
    pub compare_failed: &'static str,
    pub changed_problems: &'static str,
    pub transitions_table: &'static str,
    pub column_from: &'static str,
    pub moved_forward: &'static str,
    pub moved_back: &'static str,
    pub undated: &'static str,
    pub earlier_report: fn(&str) -> String,
    pub later_report: fn(&str) -> String,
    pub progress_summary: fn(usize, usize, usize, usize, usize, usize) -> String,
    pub matched_by_number: fn(usize) -> String,
    pub show_full_text: fn(usize) -> String,
    pub settled_of: fn(u32, u32) -> String,
    pub deadline_state: fn(Option<bool>, bool) -> String,
}

/// A byte count as megabytes with one decimal, e.g. "3.2 MB".
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The name of a sort order.
pub fn sort_label(lang: Lang, key: SortKey) -> &'static str {
    match (lang, key) {
        (Lang::Zh, SortKey::Number) => "按编号",
        (Lang::Zh, SortKey::Status) => "按整改状态",
        (Lang::Zh, SortKey::Category) => "按问题类别",
        (Lang::En, SortKey::Number) => "by number",
        (Lang::En, SortKey::Status) => "by status",
        (Lang::En, SortKey::Category) => "by category",
    }
}

/// The name of a filter, for "try removing …".
pub fn filter_label(lang: Lang, kind: FilterKind) -> &'static str {
    match (lang, kind) {
        (Lang::Zh, FilterKind::Category) => "问题类别筛选",
        (Lang::Zh, FilterKind::Status) => "整改状态筛选",
        (Lang::Zh, FilterKind::Unit) => "单位筛选",
        (Lang::Zh, FilterKind::Search) => "搜索词",
        (Lang::Zh, FilterKind::OpenDeadline) => "“未到期时限”条件",
        (Lang::Zh, FilterKind::Overdue) => "“已逾期”条件",
        (Lang::En, FilterKind::Category) => "the category filter",
        (Lang::En, FilterKind::Status) => "the status filter",
        (Lang::En, FilterKind::Unit) => "the unit filter",
        (Lang::En, FilterKind::Search) => "the search",
        (Lang::En, FilterKind::OpenDeadline) => "the open-deadline filter",
        (Lang::En, FilterKind::Overdue) => "the overdue filter",
    }
}

/// What a report says was done with a regulation.
pub fn regulation_action(lang: Lang, action: RegulationAction) -> &'static str {
    match (lang, action) {
        (Lang::Zh, RegulationAction::Issued) => "出台",
        (Lang::Zh, RegulationAction::Revised) => "修订完善",
        (Lang::Zh, RegulationAction::Drafted) => "拟定中",
        (Lang::Zh, RegulationAction::Applied) => "依据执行",
        (Lang::Zh, RegulationAction::Served) => "送达",
        (Lang::En, RegulationAction::Issued) => "issued",
        (Lang::En, RegulationAction::Revised) => "revised",
        (Lang::En, RegulationAction::Drafted) => "drafted",
        (Lang::En, RegulationAction::Applied) => "applied",
        (Lang::En, RegulationAction::Served) => "served",
    }
}

/// How firm a deadline is.
pub fn deadline_kind(lang: Lang, kind: DeadlineKind) -> &'static str {
    match (lang, kind) {
        (Lang::Zh, DeadlineKind::By) => "承诺时限",
        (Lang::Zh, DeadlineKind::Expected) => "预计",
        (Lang::En, DeadlineKind::By) => "due by",
        (Lang::En, DeadlineKind::Expected) => "expected",
    }
}

/// The kind of inspection.
pub fn inspection_kind(lang: Lang, kind: InspectionKind) -> &'static str {
    match lang {
        Lang::Zh => kind.label_zh(),
        Lang::En => kind.label_en(),
    }
}

static ZH: Texts = Texts {
    names: field_names(Lang::Zh),
    loading: "正在加载整改数据…",
    load_failed: "数据加载失败",
    invalid_dataset: "数据文件有误，无法显示",
    retry: "重试",
    source: "来源",
    timeline: "时间线",
    inspection_period: "巡视进驻",
    feedback: "反馈意见",
    warnings: "数据核对提示",
    summary: "整改概况",
    total_problems: "问题总数",
    petitions_settled: "信访件办结",
    immediate_rectification: "立行立改",
    documents_issued: "制度性文件",
    declared_heading: "通报声明的整改情况",
    declared_badge: "按通报声明",
    declared_only_note: "本通报没有逐条列出问题：以下数字均按通报声明，无法按问题筛选或查看详情。",
    declared_categories: "问题方面",
    declared_units: "涉及单位",
    declared_rate: "整改完成率",
    declared_measures: "整改措施（已完成 / 总数）",
    declared_meetings: "会议",
    declared_source: "通报原文",
    consistent: "通报声明的问题数与逐条统计一致。",
    inconsistent: "通报声明的数字与逐条统计不一致：",
    filters: "筛选",
    categories: "问题类别（方面）",
    statuses: "整改状态",
    units: "单位",
    search: "搜索",
    search_placeholder: "标题、整改措施、制度文件…",
    open_deadline_only: "只看有未到期整改时限的问题",
    sort: "排序",
    active_filters: "当前筛选",
    clear_filters: "清除全部筛选",
    no_match: "没有符合条件的问题。",
    try_removing: "可以试着移除：",
    regulations: "制度文件",
    deadlines: "整改时限",
    editorial_note: "编者注",
    copy_link: "复制当前视图链接",
    link_copied: "链接已复制，可粘贴分享。",
    copy_failed: "无法自动复制，请手动复制下面的链接：",
    switch_language: "English",
    switch_language_label: "Switch to English",
    list_separator: "、",
    charts: "图表",
    chart_by_category: "各方面问题的整改状态",
    chart_hint: "点击条形（或用 Tab 选中后按回车键、空格键）即可按该项筛选。",
    data_table: "查看数据表",
    column_category: "问题类别（方面）",
    column_total: "合计",
    bar_name: |label, count, selected| format!("{label}：{count} 个问题{}", if selected { "，已选中" } else { "" }),
    picker: "加载其他数据（打开文件、拖放或粘贴）",
    picker_note: "数据只在您的浏览器中读取，不会上传到任何地方。",
    open_file: "打开 JSON 文件",
    paste_label: "粘贴数据集 JSON",
    show_pasted: "显示粘贴的数据",
    drop_hint: "也可以把 JSON 文件拖放到这里。",
    use_default: "恢复内置的示例通报",
    pasted_name: "粘贴的数据",
    file_failed: |name| format!("无法读取文件“{name}”：请确认它是文本文件，然后重试。"),
    downloaded: |done, total| match total {
        Some(total) => format!("已下载 {} / {}", megabytes(done), megabytes(total)),
        None => format!("已下载 {}", megabytes(done)),
    },
    elderly_mode: "适老化模式（大字、高对比）",
    export_csv: "导出筛选结果（CSV 表格）",
    export_json: "导出筛选结果（JSON 数据）",
    chart_svg: "下载图表（SVG）",
    chart_png: "下载图表（PNG，2倍清晰度）",
    png_failed: "无法在此页面生成 PNG 图片（可能被网页的安全策略禁止），请改用 SVG。",
    chart_description: |total, parts| {
        let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}{n}个")).collect();
        format!("{total}个问题中，{}。", parts.join("，"))
    },
    showing: |n, m| format!("显示 {n} / {m} 个问题"),
    show_more: |n| format!("再显示 {n} 个"),
    remove_filter: |name| format!("移除筛选：{name}"),
    bad_data_url: |url| format!("数据地址“{url}”无效：只能使用 http 或 https 地址。"),
    network_failed: |url| format!("无法连接到 {url}：请检查网络连接，或确认该地址允许跨域访问（CORS），然后重试。"),
    http_failed: |url, status| format!("服务器返回错误 {status}（{url}）：文件可能不存在或暂时无法访问。"),
    timed_out: |url, seconds| format!("{url} 在 {seconds} 秒内没有响应，已停止等待：服务器可能繁忙，请稍后重试。"),
    unit_progress: "各单位整改进度",
    chart_by_unit: "各单位问题数（按完成率排序）",
    column_unit: "单位",
    column_done_rate: "完成率",
    column_settled_rate: "完成及基本完成",
    back_to_round: "返回全部单位",
    find_unit: "查找单位",
    deadline_timeline: "整改时限",
    overdue_only: "只看已逾期的整改时限",
    overdue_at_report: "通报时已逾期",
    overdue_today: "至今已逾期",
    due_open: "未到期",
    due_kept: "已完成整改",
    show_problem: "查看问题",
    hide_problem: "收起问题",
    no_deadlines: "这些问题没有写明整改时限。",
    drill_down: |name| format!("只看{name}"),
    viewing_unit: |name| format!("正在查看：{name}"),
    show_all_units: |n| format!("显示全部 {n} 个单位"),
    filters_button: |active| match active {
        0 => "筛选和搜索".to_owned(),
        n => format!("筛选和搜索（{n} 项）"),
    },
    matching_short: |n, m| format!("{n} / {m} 个问题"),
    show_results: "查看结果",
    #[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
    snapshot_note: "以下是通报内容的静态视图。筛选、搜索和分享链接需要较新的浏览器（支持 WebAssembly）。",
    show_all_deadlines: |n| format!("显示全部 {n} 项时限"),
    show_nearest_deadlines: |n| format!("只显示最近的 {n} 项"),
    nearest_deadlines: |n| format!("离今天最近的 {n} 项："),
    show_first_units: |n| format!("只显示前 {n} 个单位"),
    deadline_counts: |total, overdue_today, overdue_at_report| match overdue_at_report {
        Some(at_report) => {
            format!("共 {total} 项整改时限，通报时已逾期 {at_report} 项，至今已逾期 {overdue_today} 项。")
        }
        None => format!("共 {total} 项整改时限，至今已逾期 {overdue_today} 项。"),
    },
    unit_rank: |rank, of| format!("第 {rank} / {of} 名"),
    show_less: "收起",
    progress_over_time: "整改进展变化",
    comparing: "正在载入用于对比的早前通报……",
    compare_failed: "无法载入用于对比的通报",
    changed_problems: "状态有变化的问题",
    transitions_table: "状态变化明细（行：早前状态；列：最新状态）",
    column_from: "早前 \\ 最新",
    moved_forward: "推进",
    moved_back: "倒退",
    undated: "日期不详",
    earlier_report: |date| format!("早前通报（{date}）"),
    later_report: |date| format!("最新通报（{date}）"),
    progress_summary: |matched, changed, forward, back, only_earlier, only_later| {
        let mut text = format!(
            "两份通报共有 {matched} 个相同问题，其中 {changed} 个状态有变化：推进 {forward} 个，倒退 {back} 个。"
        );
        if only_earlier + only_later > 0 {
            text.push_str(&format!("仅见于早前通报 {only_earlier} 个，仅见于最新通报 {only_later} 个。"));
        }
        text
    },
    matched_by_number: |n| format!("其中 {n} 个问题的编号有变，按单位和序号匹配。"),
    show_full_text: |n| format!("展开全文（共 {n} 字）"),
    settled_of: |settled, total| format!("{settled} / {total}"),
    deadline_state: |at_report, today| {
        let word = |past: bool| if past { "已过期" } else { "未到期" };
        match at_report {
            Some(at_report) => format!("截至通报日期{}，截至今天{}", word(at_report), word(today)),
            None => format!("截至今天{}", word(today)),
        }
    },
};

static EN: Texts = Texts {
    names: field_names(Lang::En),
    loading: "Loading the rectification data…",
    load_failed: "The data could not be loaded",
    invalid_dataset: "The data file has errors and cannot be shown",
    retry: "Retry",
    source: "Source",
    timeline: "Timeline",
    inspection_period: "Inspection on site",
    feedback: "Findings fed back",
    warnings: "Data checks",
    summary: "Summary",
    total_problems: "Problems",
    petitions_settled: "Petitions settled",
    immediate_rectification: "Immediate fixes",
    documents_issued: "Rules issued",
    declared_heading: "The figures the report declares",
    declared_badge: "As declared by the report",
    declared_only_note: "This report lists no problems one by one: the figures below are the report's own, so there is no list to filter or open.",
    declared_categories: "Categories of problems",
    declared_units: "Units covered",
    declared_rate: "Completion rate",
    declared_measures: "Measures (done / all)",
    declared_meetings: "Meetings",
    declared_source: "In the report's words",
    consistent: "The report's declared counts agree with the problems listed.",
    inconsistent: "The report's declared figures disagree with the problems listed:",
    filters: "Filters",
    categories: "Categories",
    statuses: "Status",
    units: "Units",
    search: "Search",
    search_placeholder: "titles, measures, rules…",
    open_deadline_only: "Only problems with an open deadline",
    sort: "Sort",
    active_filters: "Active filters",
    clear_filters: "Clear all filters",
    no_match: "No problem matches.",
    try_removing: "Try removing: ",
    regulations: "Rules and documents",
    deadlines: "Deadlines",
    editorial_note: "Editor's note",
    copy_link: "Copy link to this view",
    link_copied: "Link copied: paste it to share this view.",
    copy_failed: "Could not copy automatically; copy this link by hand:",
    switch_language: "中文",
    switch_language_label: "切换到中文",
    list_separator: ", ",
    charts: "Charts",
    chart_by_category: "Status of the problems in each category",
    chart_hint: "Click a bar (or focus it with Tab and press Enter or Space) to filter by it.",
    data_table: "Show the data table",
    column_category: "Category",
    column_total: "Total",
    bar_name: |label, count, selected| format!("{label}: {count} problems{}", if selected { ", selected" } else { "" }),
    picker: "Load other data (open, drop or paste a file)",
    picker_note: "The data is read in your browser only; it is never uploaded anywhere.",
    open_file: "Open a JSON file",
    paste_label: "Paste dataset JSON",
    show_pasted: "Show the pasted data",
    drop_hint: "You can also drop a JSON file here.",
    use_default: "Back to the built-in example report",
    pasted_name: "pasted data",
    file_failed: |name| format!("Could not read the file “{name}”: check that it is a text file, then retry."),
    downloaded: |done, total| match total {
        Some(total) => format!("Downloaded {} of {}", megabytes(done), megabytes(total)),
        None => format!("Downloaded {}", megabytes(done)),
    },
    elderly_mode: "Elderly-friendly mode (large text, high contrast)",
    export_csv: "Export the filtered problems (CSV)",
    export_json: "Export the filtered problems (JSON)",
    chart_svg: "Download the chart (SVG)",
    chart_png: "Download the chart (PNG, 2×)",
    png_failed: "A PNG cannot be made on this page (its security policy may forbid it); use the SVG instead.",
    chart_description: |total, parts| {
        let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}: {n}")).collect();
        format!("Of {total} problems: {}.", parts.join(", "))
    },
    showing: |n, m| format!("Showing {n} of {m} problems"),
    show_more: |n| format!("Show {n} more"),
    remove_filter: |name| format!("Remove filter: {name}"),
    bad_data_url: |url| format!("The data address “{url}” is not valid: only http and https addresses can be used."),
    network_failed: |url| {
        format!(
            "Could not reach {url}: check the connection, or that the address allows cross-origin access (CORS), then retry."
        )
    },
    http_failed: |url, status| {
        format!("The server answered {status} for {url}: the file may be missing or unavailable.")
    },
    timed_out: |url, seconds| {
        format!(
            "{url} sent nothing for {seconds} seconds, so the download was stopped: the server may be busy, retry later."
        )
    },
    unit_progress: "Progress by unit",
    chart_by_unit: "Problems by unit, ranked by completion rate",
    column_unit: "Unit",
    column_done_rate: "Completion rate",
    column_settled_rate: "Done or mostly done",
    back_to_round: "Back to all units",
    find_unit: "Find a unit",
    deadline_timeline: "Deadlines",
    overdue_only: "Only overdue deadlines",
    overdue_at_report: "overdue at the report date",
    overdue_today: "overdue today",
    due_open: "not yet due",
    due_kept: "rectified",
    show_problem: "Show the problem",
    hide_problem: "Hide the problem",
    no_deadlines: "These problems give no deadline.",
    drill_down: |name| format!("Show only {name}"),
    viewing_unit: |name| format!("Viewing: {name}"),
    show_all_units: |n| format!("Show all {n} units"),
    filters_button: |active| match active {
        0 => "Filters and search".to_owned(),
        n => format!("Filters and search ({n} active)"),
    },
    matching_short: |n, m| format!("{n} of {m} problems"),
    show_results: "Show results",
    #[cfg(any(not(target_arch = "wasm32"), feature = "snapshot"))]
    snapshot_note: "Below is a static view of the report. Filtering, search and shared links need a newer browser (with WebAssembly).",
    show_all_deadlines: |n| format!("Show all {n} deadlines"),
    show_nearest_deadlines: |n| format!("Show the nearest {n} only"),
    nearest_deadlines: |n| format!("The {n} nearest to today:"),
    show_first_units: |n| format!("Show the first {n} units only"),
    deadline_counts: |total, overdue_today, overdue_at_report| match overdue_at_report {
        Some(at_report) => {
            format!("{total} deadlines: {at_report} overdue at the report date, {overdue_today} overdue today.")
        }
        None => format!("{total} deadlines: {overdue_today} overdue today."),
    },
    unit_rank: |rank, of| format!("rank {rank} of {of}"),
    show_less: "Show less",
    progress_over_time: "Progress over time",
    comparing: "Loading the earlier report to compare with…",
    compare_failed: "The report to compare with could not be loaded",
    changed_problems: "Problems whose status changed",
    transitions_table: "Status changes (rows: earlier status; columns: latest status)",
    column_from: "earlier \\ latest",
    moved_forward: "forward",
    moved_back: "back",
    undated: "undated",
    earlier_report: |date| format!("Earlier report ({date})"),
    later_report: |date| format!("Latest report ({date})"),
    progress_summary: |matched, changed, forward, back, only_earlier, only_later| {
        let mut text = format!(
            "The two reports share {matched} problems; {changed} changed status: {forward} moved forward, {back} moved back."
        );
        if only_earlier + only_later > 0 {
            text.push_str(&format!(
                " {only_earlier} appear only in the earlier report, {only_later} only in the latest."
            ));
        }
        text
    },
    matched_by_number: |n| format!("{n} of them changed ids and were matched by unit and number."),
    show_full_text: |n| format!("Show all {n} characters"),
    settled_of: |settled, total| format!("{settled} of {total}"),
    deadline_state: |at_report, today| {
        let word = |past: bool| if past { "past" } else { "not yet due" };
        match at_report {
            Some(at_report) => format!("{} at the report date, {} today", word(at_report), word(today)),
            None => format!("{} today", word(today)),
        }
    },
};
