//! A static, accessible HTML fragment of a dataset: the fallback a host page shows where the widget cannot run
//! (`<noscript>`, old browsers, a CSP that forbids WebAssembly). Produced by `zhenggai render-html`.
//!
//! Plain semantic HTML with no script, no style attribute and every text escaped.

use std::fmt::{self, Write};

use crate::analysis::tally::Tally;
use crate::load::messages::Lang;
use crate::valid::ValidDataset;
use crate::words::{FieldNames, field_names};

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The fragment's own words; the fields' names are [`field_names`].
struct Words {
    names: &'static FieldNames,
    declared: &'static str,
    summary_only: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Zh => Words {
            names: field_names(lang),
            declared: "（按通报声明）",
            summary_only: "本通报没有逐条列出问题：以上数字均按通报声明。",
        },
        Lang::En => Words {
            names: field_names(lang),
            declared: " (as declared by the report)",
            summary_only: "This report lists no problems one by one: the figures above are the report's own.",
        },
    }
}

/// Renders the fragment. Headings start at `<h2>` so that it fits inside a host page.
pub fn render(data: &ValidDataset, lang: Lang) -> String {
    let w = &words(lang);
    let mut html = String::new();
    // Writing into a String cannot fail: the `fmt::Result`s below carry the error once, up to here, where an
    // (impossible) failure leaves what was written.
    let _written = write_fragment(&mut html, data, w, lang);
    html
}

/// The whole fragment: the report's facts, the counts by status, and the problems (a summary-only report: the
/// counts it declares, marked so, and no list).
fn write_fragment(html: &mut String, data: &ValidDataset, w: &Words, lang: Lang) -> fmt::Result {
    let declared = Tally::declared(data);
    let tally = declared.clone().unwrap_or_else(|| Tally::all(data));
    writeln!(html, "<section class=\"zg-static\" lang=\"{}\">", lang.code())?;
    write_facts(html, data, w)?;
    write_counts(html, data, &tally, declared.is_some(), w)?;
    if declared.is_some() {
        return writeln!(html, "<p>{}</p>\n</section>", escape(w.summary_only));
    }
    write_problems(html, data, w)?;
    writeln!(html, "</section>")
}

/// The title, and the issuer, units, team and dates as a definition list.
fn write_facts(html: &mut String, data: &ValidDataset, w: &Words) -> fmt::Result {
    let dataset = data.dataset();
    let report = &dataset.report;
    let units: Vec<&str> = dataset.units.iter().map(|u| u.name.as_str()).collect();
    let mut facts = vec![
        (w.names.issuer, report.issuer.clone()),
        (w.names.unit, units.join("、")),
        (w.names.team, report.inspection.team.clone()),
    ];
    facts.extend(report.as_of.map(|date| (w.names.as_of, date.to_string())));
    facts.extend(report.published.map(|date| (w.names.published, date.to_string())));
    writeln!(html, "<h2>{}</h2>\n<dl>", escape(&report.title))?;
    for (term, value) in facts {
        writeln!(html, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(&value))?;
    }
    writeln!(html, "</dl>")
}

/// The problems by status as a table, its caption saying when the counts are the report's own.
fn write_counts(html: &mut String, data: &ValidDataset, tally: &Tally, declared: bool, w: &Words) -> fmt::Result {
    let caption = if declared { format!("{}{}", w.names.by_status, w.declared) } else { w.names.by_status.to_owned() };
    writeln!(html, "<table>\n<caption>{}</caption>", escape(&caption))?;
    writeln!(
        html,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(w.names.status),
        escape(w.names.count)
    )?;
    for &s in data.statuses_in_order() {
        let label = &data.dataset().statuses[s].label;
        writeln!(html, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", escape(label), tally.by_status[s])?;
    }
    writeln!(html, "</tbody>\n</table>")
}

/// Every problem with its category, status and measures.
fn write_problems(html: &mut String, data: &ValidDataset, w: &Words) -> fmt::Result {
    writeln!(html, "<h3>{}</h3>\n<ol>", escape(w.names.problems))?;
    for (p, problem) in data.problems().iter().enumerate() {
        let category = &data.dataset().categories[data.category_of(p)];
        writeln!(html, "<li>\n<h4>{}</h4>", escape(&problem.title))?;
        writeln!(
            html,
            "<p>{}：{}；{}：{}</p>",
            escape(w.names.category),
            escape(&category.title),
            escape(w.names.status),
            escape(&data.status(p).label)
        )?;
        if !problem.measures.is_empty() {
            writeln!(html, "<p><strong>{}</strong></p>", escape(w.names.measures))?;
            for paragraph in &problem.measures {
                writeln!(html, "<p>{}</p>", escape(paragraph))?;
            }
        }
        writeln!(html, "</li>")?;
    }
    writeln!(html, "</ol>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_only_report_shows_its_declared_counts_and_no_list() {
        let report = crate::import_text(
            "关于第二轮巡察整改进展情况的通报\n截至目前，巡察反馈的697个问题，完成整改688个，未完成9个。\n",
        );
        let json = serde_json::to_string(&report.dataset).unwrap_or_default();
        let Ok(loaded) = crate::load_str(&json) else { panic!("the import must load") };
        let html = render(&loaded.data, Lang::Zh);
        assert!(html.contains("<caption>各整改状态的问题数（按通报声明）</caption>"), "{html}");
        assert!(html.contains("<td>688</td>") && html.contains("<td>9</td>"), "{html}");
        assert!(html.contains("本通报没有逐条列出问题") && !html.contains("<ol>"), "{html}");
    }

    #[test]
    fn escapes_everything_that_could_be_markup() {
        assert_eq!(escape(r#"<img src=x onerror="a">&'"#), "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
    }
}
