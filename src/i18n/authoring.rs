//! The authoring page's words (the `importer` feature): importing one report, building a round of several. Apart
//! from the widget's [`Texts`](super::Texts), so that the widget's wasm carries none of them.

use zhenggai_core::Lang;

/// Every text of the authoring page, in one language.
pub struct AuthoringTexts {
    pub import_heading: &'static str,
    pub import_note: &'static str,
    pub import_open: &'static str,
    pub import_file_unreadable: &'static str,
    pub round_heading: &'static str,
    pub round_note: &'static str,
    pub round_open: &'static str,
    pub round_title: &'static str,
    pub round_count: fn(usize) -> String,
    pub round_report_summary: fn(&str, usize, usize) -> String,
    pub round_remove: &'static str,
    pub round_fix_kind: fn(&str) -> String,
    pub round_fix_category: fn(&str) -> String,
    pub round_remove_label: fn(&str) -> String,
    pub round_download: &'static str,
    pub round_clear: &'static str,
    pub round_preview: &'static str,
    pub import_paste: &'static str,
    pub import_download: &'static str,
    pub import_snippet: &'static str,
    pub import_clear: &'static str,
    pub import_preview: &'static str,
    pub import_nothing: &'static str,
    pub import_result: &'static str,
    pub import_unplaced: &'static str,
    pub import_recognised: &'static str,
    pub import_line: fn(usize) -> String,
    pub import_counts: fn(usize, usize, usize, usize) -> String,
}

/// The authoring page's texts in `lang`.
pub fn authoring_texts(lang: Lang) -> &'static AuthoringTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: AuthoringTexts = AuthoringTexts {
    import_heading: "把通报文本转为数据",
    import_note: "粘贴通报全文（可直接从网页复制，网页的导航、发布时间、字号等会被去掉），或打开 .txt 文件、保存的网页（.html）、Word 文件（.docx）。文本只在您的浏览器中处理，不会上传；草稿保存在本机，直到您清除。",
    import_open: "打开文本、网页或 Word 文件（.txt、.html、.docx）",
    import_file_unreadable: "无法读取这个文件：请打开 UTF-8 编码的纯文本、网页或 Word（.docx）文件。",
    round_heading: "整轮汇总：多份通报合成一个看板",
    round_note: "一次打开本轮各单位的通报（可多选纯文本、网页或 Word 文件，也可拖放到本节），每份分别导入并列出识别结果和核对提示，再合成一个数据集，与 zhenggai merge 相同。文件只在您的浏览器中处理；通报保存在本机，直到您移除。",
    round_open: "打开本轮各单位的通报（可多选）",
    round_title: "本轮标题（留空则取第一份通报的标题）",
    round_count: |n| if n == 0 { "还没有打开通报。".to_owned() } else { format!("已打开 {n} 份通报：") },
    round_report_summary: |unit, problems, warnings| format!("{unit}：{problems} 个问题，{warnings} 条核对提示"),
    round_remove: "移除",
    round_fix_kind: |label| format!("无法判断整改状态“{label}”的含义，请选择："),
    round_fix_category: |title| format!("问题“{title}”未标明所属方面，请确认归入："),
    round_remove_label: |name| format!("移除 {name}"),
    round_download: "下载本轮数据（JSON）",
    round_clear: "全部移除",
    round_preview: "本轮看板预览",
    import_paste: "通报全文",
    import_download: "下载数据（JSON）",
    import_snippet: "下载嵌入代码",
    import_clear: "清除草稿",
    import_preview: "看板预览",
    import_nothing: "还没有识别出问题：请粘贴通报全文。",
    import_result: "识别结果",
    import_unplaced: "未能归类的段落",
    import_recognised: "已识别的内容",
    import_line: |line| format!("第{line}行"),
    import_counts: |categories, problems, unplaced, warnings| {
        format!("识别出 {categories} 个方面、{problems} 个问题；{unplaced} 段未能归类；{warnings} 条核对提示。")
    },
};

static EN: AuthoringTexts = AuthoringTexts {
    import_heading: "Turn a report's text into data",
    import_note: "Paste the report's full text (copying it straight from a web page is fine: the page's navigation, dates and font controls are dropped), or open a .txt file, a saved page (.html) or a Word file (.docx). The text is processed in your browser and never uploaded; the draft stays on this device until you clear it.",
    import_open: "Open a text, web page or Word file (.txt, .html, .docx)",
    import_file_unreadable: "This file cannot be read: open a UTF-8 text file, a web page or a Word (.docx) file.",
    round_heading: "A whole round: several reports, one dashboard",
    round_note: "Open the reports of the round's units at once (text, web pages or Word files; several may be chosen, or dropped on this section): each is imported and listed with what was recognised and its warnings, then all are merged into one dataset, as zhenggai merge does. The files are processed in your browser; the reports stay on this device until you remove them.",
    round_open: "Open the units' reports (several at once)",
    round_title: "The round's title (the first report's when empty)",
    round_count: |n| if n == 0 { "No report opened yet.".to_owned() } else { format!("{n} reports opened:") },
    round_report_summary: |unit, problems, warnings| format!("{unit}: {problems} problems, {warnings} warnings"),
    round_remove: "Remove",
    round_fix_kind: |label| format!("What does the status “{label}” mean? Choose:"),
    round_fix_category: |title| format!("The problem “{title}” names no category; put it in:"),
    round_remove_label: |name| format!("Remove {name}"),
    round_download: "Download the round's data (JSON)",
    round_clear: "Remove all",
    round_preview: "Preview of the round's dashboard",
    import_paste: "Report text",
    import_download: "Download the data (JSON)",
    import_snippet: "Download the embed snippet",
    import_clear: "Clear the draft",
    import_preview: "Dashboard preview",
    import_nothing: "No problem recognised yet: paste the report's full text.",
    import_result: "What was recognised",
    import_unplaced: "Paragraphs that could not be placed",
    import_recognised: "Recognised items",
    import_line: |line| format!("line {line}"),
    import_counts: |categories, problems, unplaced, warnings| {
        format!(
            "{categories} categories and {problems} problems recognised; {unplaced} paragraphs not placed; {warnings} warnings."
        )
    },
};
