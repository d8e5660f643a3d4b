//! zhenggai-charts: the dashboard's bar charts as SVG text, drawn with plotters, plus the rectangles the widget
//! lays over them to make each bar clickable and focusable.
//!
//! Why this shape:
//! - plotters' SVG backend escapes every text and attribute value, and writes presentation attributes (`fill=`)
//!   rather than `style=` attributes, so the output is safe to insert and passes a strict CSP;
//! - plotters measures text through the DOM on wasm (a `<span>` added to the host page's body). Nothing here asks
//!   plotters for a text size: labels are placed at computed positions and their widths are estimated by
//!   [`text_width`], so the host page is never touched;
//! - the SVG is static. Interactivity (click, Enter/Space, `aria-pressed`) lives in the widget's overlay, built
//!   from [`Chart::hits`], which share the SVG's coordinate system;
//! - a chart comes in two layers of the same size, one over the other: [`Chart::labels`] (legend, axis, the bars'
//!   names), which a filter change mostly leaves as it was, and [`Chart::bars`] (the bars and their counts), which
//!   it redraws. The browser then lays out again only the text that changed: at 100,000 problems, laying out the
//!   labels of three charts again was about 5 ms of every click.
//!
//! Colour never carries meaning alone: each status kind also has its own fill pattern, and every bar carries its
//! count as text.

mod layout;
mod pattern;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use zhenggai_core::ValidDataset;
use zhenggai_core::analysis::standings::Standing;
use zhenggai_core::analysis::tally::Tally;
use zhenggai_core::model::StatusKind;
use zhenggai_core::view::facet::Facet;
use zhenggai_core::view::view_state::ViewState;

pub use layout::{text_width, wrap_label};
pub use pattern::Pattern;

/// Narrowest width a chart is drawn at; a narrower container scales it down.
pub const MIN_WIDTH: u32 = 280;
/// Widest width a chart is drawn at, so that bars stay readable on a wide screen.
pub const MAX_WIDTH: u32 = 960;

/// The colours of one theme, as `#rrggbb`.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// One colour per [`StatusKind`], in [`StatusKind::ALL`] order.
    pub kinds: [(u8, u8, u8); 5],
    /// Labels and numbers.
    pub text: (u8, u8, u8),
    /// Axis and guide lines.
    pub guide: (u8, u8, u8),
}

impl Palette {
    /// The light theme; every colour keeps at least 4.5:1 against white for the text drawn on it.
    pub const LIGHT: Palette = Palette {
        kinds: [(0x1a, 0x7f, 0x37), (0x4d, 0x7c, 0x0f), (0x9a, 0x67, 0x00), (0x0a, 0x5c, 0xc2), (0xb3, 0x26, 0x1e)],
        text: (0x1f, 0x23, 0x28),
        guide: (0x8c, 0x95, 0x9f),
    };

    /// The dark theme: lighter kind colours and light text for a dark background.
    pub const DARK: Palette = Palette {
        kinds: [(0x3f, 0xb9, 0x50), (0x9c, 0xc4, 0x3f), (0xd2, 0x99, 0x22), (0x58, 0xa6, 0xff), (0xf8, 0x51, 0x49)],
        text: (0xe6, 0xed, 0xf3),
        guide: (0x6e, 0x76, 0x81),
    };

    fn kind(&self, kind: StatusKind) -> RGBColor {
        let index = kind.index();
        let (r, g, b) = self.kinds[index];
        RGBColor(r, g, b)
    }
}

/// How one status is drawn: its kind's colour and pattern; a second status of the same kind (长期整改 I and
/// 长期整改 II) gets a darker shade and a denser pattern, so the two stay apart without relying on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// The status's kind: its colour and pattern.
    pub kind: StatusKind,
    /// 0 for the first status of its kind in display order, 1 for the second, and so on.
    pub variant: u8,
}

impl Look {
    /// The look of every status, indexed like `dataset.statuses`.
    pub fn of_statuses(data: &ValidDataset) -> Vec<Look> {
        let statuses = &data.dataset().statuses;
        let mut looks = vec![Look { kind: StatusKind::Done, variant: 0 }; statuses.len()];
        let mut seen = [0u8; StatusKind::ALL.len()];
        for &s in data.statuses_in_order() {
            let kind = statuses[s].kind;
            let slot = kind.index();
            looks[s] = Look { kind, variant: seen[slot] };
            seen[slot] = seen[slot].saturating_add(1);
        }
        looks
    }

    fn colour(self, palette: &Palette) -> RGBColor {
        let RGBColor(r, g, b) = palette.kind(self.kind);
        let darken = |c: u8| (f64::from(c) * 0.7f64.powi(i32::from(self.variant))).round() as u8;
        RGBColor(darken(r), darken(g), darken(b))
    }

    fn pattern(self) -> Pattern {
        Pattern::for_kind(self.kind)
    }

    /// Fills the rectangle with the look's colour and pattern; `dimmed` fades both (a bar outside its chart's
    /// selection).
    fn fill<DB: DrawingBackend>(
        self,
        root: &DrawingArea<DB, plotters::coord::Shift>,
        palette: &Palette,
        from: (i32, i32),
        to: (i32, i32),
        dimmed: bool,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let opacity = if dimmed { DIMMED_OPACITY } else { 1.0 };
        root.draw(&Rectangle::new([from, to], self.colour(palette).mix(opacity).filled()))?;
        self.pattern().draw(root, from, to, self.variant > 0, opacity)
    }
}

/// What a bar or a segment stands for, so the widget knows which filter a click sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A status, by index into `dataset.statuses`.
    Status(usize),
    /// A category, by index into `dataset.categories`.
    Category(usize),
    /// A unit, by index into `dataset.units`.
    Unit(usize),
    /// One of the reports compared over time (0 the earlier, 1 the later): not a filter.
    Report(usize),
    /// Every status of one kind, in a round whose units word their statuses differently.
    Kind(StatusKind),
}

impl Target {
    /// The facet a click on this bar selects in, and the ids it toggles there (every status of a kind, for a
    /// kind's bar); `None` for what is not a filter.
    pub fn selection(self, data: &ValidDataset) -> Option<(Facet, Vec<&str>)> {
        let dataset = data.dataset();
        let (facet, ids): (Facet, Vec<&str>) = match self {
            Self::Status(s) => (Facet::Status, dataset.statuses.get(s).map(|s| s.id.as_str()).into_iter().collect()),
            Self::Kind(kind) => {
                (Facet::Status, dataset.statuses.iter().filter(|s| s.kind == kind).map(|s| s.id.as_str()).collect())
            }
            Self::Category(c) => {
                (Facet::Category, dataset.categories.get(c).map(|c| c.id.as_str()).into_iter().collect())
            }
            Self::Unit(u) => (Facet::Unit, dataset.units.get(u).map(|u| u.id.as_str()).into_iter().collect()),
            Self::Report(_) => return None,
        };
        (!ids.is_empty()).then_some((facet, ids))
    }

    /// How the bar is drawn under `state`: selected, dimmed (its facet has a selection without it), or plain.
    fn emphasis(self, data: &ValidDataset, state: &ViewState) -> Emphasis {
        match self.selection(data) {
            Some((facet, ids)) if state.has_all(facet, &ids) => Emphasis::Selected,
            Some((facet, _)) if !facet.selection(state).is_empty() => Emphasis::Dimmed,
            _ => Emphasis::Plain,
        }
    }
}

/// How a bar stands out in its chart's own selection: selected bars are outlined, the others faded, and both
/// keep their counts (the cross-filter convention: a chart's selection does not filter the chart itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// The chart has no selection of its own.
    Plain,
    /// In the selection: outlined.
    Selected,
    /// Outside a selection: its fill faded, its count kept.
    Dimmed,
}

/// The opacity of a dimmed bar's fill; its count stays at full contrast.
const DIMMED_OPACITY: f64 = 0.3;

/// A clickable rectangle in the chart's coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width, in the chart's units.
    pub width: i32,
    /// Height, in the chart's units.
    pub height: i32,
    /// The filter a click sets.
    pub target: Target,
    /// The full label (never shortened), for the accessible name and the tooltip.
    pub label: String,
    /// The count drawn for it.
    pub count: usize,
    /// Whether it is in its chart's selection.
    pub emphasis: Emphasis,
}

/// A drawn chart, in two SVG documents of the same size, escaped by plotters: `bars` is drawn over `labels`.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The legend, the axis and the bars' names: what changes only with the bars themselves (and the width).
    pub labels: String,
    /// The bars, the count on each segment and each bar's total: what a filter change redraws.
    pub bars: String,
    /// The width both documents are drawn at (the chart is never stretched).
    pub width: u32,
    /// The height of both documents, from the number of bars.
    pub height: u32,
    /// One per bar, top to bottom.
    pub hits: Vec<Hit>,
}

impl Chart {
    /// Both layers as one SVG document, for a download: the labels' document with the bars' content (their own
    /// `<defs>` included) added before its end.
    pub fn svg(&self) -> String {
        const END: &str = "</svg>";
        let labels = self.labels.trim_end();
        let labels = labels.strip_suffix(END).unwrap_or(labels);
        let bars = self.bars.trim_end();
        let bars = bars.strip_suffix(END).unwrap_or(bars);
        // After the opening `<svg …>` tag (its attributes are plotters' own and hold no `>`).
        let bars_content = bars.find('>').map_or("", |end| &bars[end + 1..]);
        format!("{labels}{bars_content}\n{END}\n")
    }
}

/// One horizontal bar: a label and its stacked segments `(kind, count)`.
struct Bar {
    label: String,
    target: Target,
    emphasis: Emphasis,
    segments: Vec<(Look, usize)>,
}

/// Problems per status, one bar per status in display order, drawn `width` pixels wide (the widget passes its
/// container's width, so that text keeps its size on a phone and on a desktop). `id_prefix` starts the ids of the
/// fill patterns defined inside the SVG: give each chart on a page its own. `state` marks the bars selected in it
/// (see [`Emphasis`]); `tally` is what the chart counts — with every filter but its own, for the dashboard.
pub fn status_chart(
    data: &ValidDataset,
    tally: &Tally,
    state: &ViewState,
    palette: &Palette,
    width: u32,
    id_prefix: &str,
) -> Chart {
    let statuses = &data.dataset().statuses;
    let looks = Look::of_statuses(data);
    let bars = data
        .statuses_in_order()
        .iter()
        .map(|&s| Bar {
            label: statuses[s].label.clone(),
            target: Target::Status(s),
            emphasis: Target::Status(s).emphasis(data, state),
            segments: vec![(looks[s], tally.by_status[s])],
        })
        .collect();
    draw(bars, &[], palette, width, id_prefix)
}

/// Problems per kind of status, one bar per kind the dataset's statuses have, most finished first, named
/// `label(kind)`: the status chart of a round whose units word their statuses differently
/// ([`ValidDataset::words_statuses_per_unit`]).
pub fn kind_chart(
    data: &ValidDataset,
    tally: &Tally,
    state: &ViewState,
    palette: &Palette,
    width: u32,
    id_prefix: &str,
    label: impl Fn(StatusKind) -> String,
) -> Chart {
    let statuses = &data.dataset().statuses;
    let bars = StatusKind::ALL
        .into_iter()
        .filter(|&kind| statuses.iter().any(|s| s.kind == kind))
        .map(|kind| Bar {
            label: label(kind),
            target: Target::Kind(kind),
            emphasis: Target::Kind(kind).emphasis(data, state),
            segments: vec![(Look { kind, variant: 0 }, tally.kind(kind))],
        })
        .collect();
    draw(bars, &[], palette, width, id_prefix)
}

/// Problems per category, each bar stacked by status (display order); the legend names the statuses.
pub fn category_chart(
    data: &ValidDataset,
    tally: &Tally,
    state: &ViewState,
    palette: &Palette,
    width: u32,
    id_prefix: &str,
) -> Chart {
    let dataset = data.dataset();
    let order = data.statuses_in_order();
    let looks = Look::of_statuses(data);
    let bars = dataset
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| Bar {
            label: category.title.clone(),
            target: Target::Category(c),
            emphasis: Target::Category(c).emphasis(data, state),
            segments: order.iter().map(|&s| (looks[s], tally.category_status[c][s])).collect(),
        })
        .collect();
    let legend: Vec<(String, Look)> = order.iter().map(|&s| (dataset.statuses[s].label.clone(), looks[s])).collect();
    draw(bars, &legend, palette, width, id_prefix)
}

/// Units of a round in the order of `standings` (best first), each bar stacked by status and labelled with the
/// unit's name and completion rate: "甲局 · 67%".
pub fn unit_chart(
    data: &ValidDataset,
    tally: &Tally,
    state: &ViewState,
    standings: &[Standing],
    palette: &Palette,
    width: u32,
    id_prefix: &str,
) -> Chart {
    let dataset = data.dataset();
    let order = data.statuses_in_order();
    let looks = Look::of_statuses(data);
    let bars = standings
        .iter()
        .map(|standing| {
            let unit = &dataset.units[standing.unit];
            let name = unit.short_name.as_deref().unwrap_or(&unit.name);
            Bar {
                label: format!("{name} · {:.0}%", standing.done_rate),
                target: Target::Unit(standing.unit),
                emphasis: Target::Unit(standing.unit).emphasis(data, state),
                segments: order.iter().map(|&s| (looks[s], tally.unit_status[standing.unit][s])).collect(),
            }
        })
        .collect();
    let legend: Vec<(String, Look)> = order.iter().map(|&s| (dataset.statuses[s].label.clone(), looks[s])).collect();
    draw(bars, &legend, palette, width, id_prefix)
}

/// Two reports of one round side by side (progress over time): a bar each, stacked by status kind, since two
/// reports may word their statuses differently. `kind_names` label the legend, in [`StatusKind::ALL`] order.
pub fn before_after_chart(
    reports: [(String, [usize; StatusKind::ALL.len()]); 2],
    kind_names: [&str; StatusKind::ALL.len()],
    palette: &Palette,
    width: u32,
    id_prefix: &str,
) -> Chart {
    let look = |kind: StatusKind| Look { kind, variant: 0 };
    let present: Vec<usize> =
        (0..StatusKind::ALL.len()).filter(|&k| reports.iter().any(|(_, counts)| counts[k] > 0)).collect();
    let bars = reports
        .into_iter()
        .enumerate()
        .map(|(at, (label, counts))| Bar {
            label,
            target: Target::Report(at),
            emphasis: Emphasis::Plain,
            segments: present.iter().map(|&k| (look(StatusKind::ALL[k]), counts[k])).collect(),
        })
        .collect();
    let legend: Vec<(String, Look)> =
        present.iter().map(|&k| (kind_names[k].to_owned(), look(StatusKind::ALL[k]))).collect();
    draw(bars, &legend, palette, width, id_prefix)
}

const FONT: &str = "PingFang SC, Hiragino Sans GB, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif";
/// The size text appears at, in chart pixels.
const FONT_SIZE: f64 = 15.0;

/// The charts' font at `size` pixels. Built from its family as a name, not from a string plotters would parse:
/// parsing lower-cases the string, which keeps Unicode's case tables (about 6 KB gzip) in every visitor's wasm.
fn chart_font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT), size * PLOTTERS_FONT_SCALE, FontStyle::Normal)
}
/// plotters' SVG backend writes `font-size` as the requested size divided by 1.24; this undoes that.
const PLOTTERS_FONT_SCALE: f64 = 1.24;
const BAR_HEIGHT: i32 = 30;
const ROW_HEIGHT: i32 = 46;
const LEGEND_ROW: i32 = 28;
const PADDING: i32 = 8;
const COUNT_SPACE: i32 = 44;

fn draw(bars: Vec<Bar>, legend: &[(String, Look)], palette: &Palette, width: u32, id_prefix: &str) -> Chart {
    let width_px = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let width = width_px as i32;
    // Labels get about a third of the width: two lines of eight to fifteen characters.
    let label_width = (width * 35 / 100).clamp(100, 260);
    let legend_height = layout::legend_rows(legend, width - 2 * PADDING) * LEGEND_ROW;
    let top = PADDING + legend_height;
    let height = top + bars.len() as i32 * ROW_HEIGHT + PADDING;
    let (mut labels_svg, mut bars_svg) = (String::new(), String::new());
    let hits = {
        let size = (width_px, height.max(1) as u32);
        let labels = SVGBackend::with_string(&mut labels_svg, size).into_drawing_area();
        let counts = SVGBackend::with_string(&mut bars_svg, size).into_drawing_area();
        let frame = Frame { width, label_width, top };
        // Drawing into a String cannot fail: the one error handled here (never unwrapped) would leave a chart
        // without bars to click.
        draw_layers(&labels, &counts, bars, legend, palette, &frame).unwrap_or_default()
    };
    // Each layer defines the patterns it uses, under ids of its own.
    pattern::finish(&mut labels_svg, &format!("{id_prefix}-labels"));
    pattern::finish(&mut bars_svg, &format!("{id_prefix}-bars"));
    Chart { labels: labels_svg, bars: bars_svg, width: width_px, height: height.max(1) as u32, hits }
}

/// Where a chart's parts go: its width, the labels' column, and the top of the first bar (below the legend).
struct Frame {
    width: i32,
    label_width: i32,
    top: i32,
}

/// Draws the legend, the axis and the bars' names into `labels`, the bars and their counts into `counts`, and
/// returns the bars' clickable rectangles.
fn draw_layers<DB: DrawingBackend>(
    labels: &DrawingArea<DB, plotters::coord::Shift>,
    counts: &DrawingArea<DB, plotters::coord::Shift>,
    bars: Vec<Bar>,
    legend: &[(String, Look)],
    palette: &Palette,
    frame: &Frame,
) -> Result<Vec<Hit>, DrawingAreaErrorKind<DB::ErrorType>> {
    let Frame { width, label_width, top } = *frame;
    let text_colour = RGBColor(palette.text.0, palette.text.1, palette.text.2);
    let guide = RGBColor(palette.guide.0, palette.guide.1, palette.guide.2);
    let font = |anchor: Pos| TextStyle::from(chart_font(FONT_SIZE)).color(&text_colour).pos(anchor);
    layout::draw_legend(labels, legend, palette, PADDING, PADDING, width - 2 * PADDING, &font)?;

    let max = bars.iter().map(|b| b.segments.iter().map(|s| s.1).sum::<usize>()).max().unwrap_or(0).max(1);
    let plot_left = PADDING + label_width;
    let plot_width = width - plot_left - PADDING - COUNT_SPACE;
    labels.draw(&PathElement::new(
        vec![(plot_left, top), (plot_left, top + bars.len() as i32 * ROW_HEIGHT)],
        guide.stroke_width(1),
    ))?;
    let mut hits = Vec::with_capacity(bars.len());
    for (row, bar) in bars.into_iter().enumerate() {
        let y = top + row as i32 * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        let lines = wrap_label(&bar.label, f64::from(label_width - 10), FONT_SIZE, 2);
        let line_gap = (FONT_SIZE * 1.2) as i32;
        let first_line = y + BAR_HEIGHT / 2 - (lines.len() as i32 - 1) * line_gap / 2;
        for (i, line) in lines.iter().enumerate() {
            labels.draw_text(
                line,
                &font(Pos::new(HPos::Right, VPos::Center)),
                (plot_left - 8, first_line + i as i32 * line_gap),
            )?;
        }
        let total: usize = bar.segments.iter().map(|s| s.1).sum();
        let mut x = plot_left;
        let dimmed = bar.emphasis == Emphasis::Dimmed;
        for (look, count) in bar.segments.iter().copied().filter(|s| s.1 > 0) {
            let w = ((count as f64 / max as f64) * f64::from(plot_width)).round() as i32;
            look.fill(counts, palette, (x, y), (x + w, y + BAR_HEIGHT), dimmed)?;
            if w >= 24 && bar.segments.len() > 1 {
                let label = TextStyle::from(chart_font(FONT_SIZE - 2.0))
                    .color(&WHITE)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                // A dark backing keeps the white count legible on any pattern.
                counts.draw(&Rectangle::new(
                    [(x + w / 2 - 11, y + BAR_HEIGHT / 2 - 9), (x + w / 2 + 11, y + BAR_HEIGHT / 2 + 9)],
                    RGBColor(0x1f, 0x23, 0x28).filled(),
                ))?;
                counts.draw_text(&count.to_string(), &label, (x + w / 2, y + BAR_HEIGHT / 2))?;
            }
            x += w;
        }
        if bar.emphasis == Emphasis::Selected {
            // An outline around the whole bar (and a bar of 0 alike): selection shown by shape, not colour.
            counts.draw(&Rectangle::new(
                [(plot_left - 2, y - 3), (x.max(plot_left + 4) + 2, y + BAR_HEIGHT + 3)],
                text_colour.stroke_width(3),
            ))?;
        }
        counts.draw_text(&total.to_string(), &font(Pos::new(HPos::Left, VPos::Center)), (x + 6, y + BAR_HEIGHT / 2))?;
        hits.push(Hit {
            x: PADDING,
            y,
            width: width - 2 * PADDING,
            height: BAR_HEIGHT,
            target: bar.target,
            label: bar.label,
            count: total,
            emphasis: bar.emphasis,
        });
    }
    labels.present()?;
    counts.present()?;
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> ValidDataset {
        let text = include_str!("../../../data/shaoyang-jingkaiqu-2023-12-22.json");
        match zhenggai_core::load_str(text) {
            Ok(loaded) => loaded.data,
            Err(errors) => panic!("{errors:?}"),
        }
    }

    #[test]
    fn the_kind_chart_has_one_bar_per_kind_the_statuses_have() {
        let data = reference();
        let tally = Tally::all(&data);
        let chart = kind_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 640, "k", |kind| {
            kind.as_str().to_owned()
        });
        let bars: Vec<(Target, usize)> = chart.hits.iter().map(|h| (h.target, h.count)).collect();
        // The reference's 完成 1, 基本完成 4, 长期整改 I 9 and 长期整改 II 1: three kinds, the long term ones added up.
        assert_eq!(
            bars,
            [
                (Target::Kind(StatusKind::Done), 1),
                (Target::Kind(StatusKind::MostlyDone), 4),
                (Target::Kind(StatusKind::LongTerm), 10)
            ]
        );
        assert!(!data.words_statuses_per_unit(), "one report's own two long-term statuses are not a round's words");
    }

    #[test]
    fn the_status_chart_has_one_bar_per_status_with_its_count() {
        let data = reference();
        let chart = status_chart(&data, &Tally::all(&data), &ViewState::default(), &Palette::LIGHT, 640, "t");
        let counts: Vec<(&str, usize)> = chart.hits.iter().map(|h| (h.label.as_str(), h.count)).collect();
        assert_eq!(counts, [("完成", 1), ("基本完成", 4), ("长期整改 I", 9), ("长期整改 II", 1)]);
        let svg = chart.svg();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert_eq!(svg.matches("<svg").count(), 1, "one document: {svg}");
        assert_eq!(svg.matches("</svg>").count(), 1, "one document: {svg}");
        assert!(chart.labels.contains(">\n长期整改 I\n</text>"), "labels are drawn as text");
        assert!(chart.bars.contains(">\n9\n</text>"), "counts are drawn as text");
        assert!(!svg.contains("style="), "no style attributes: a strict CSP would block them");
        // 基本完成 (stripes) and 长期整改 (lines, dense for the second) are patterned; 完成 is solid.
        assert_eq!(chart.bars.matches("<pattern id=\"t-bars-pattern-").count(), 3, "{}", chart.bars);
        assert!(chart.bars.contains("fill=\"url(#t-bars-pattern-0)\""));
        assert!(svg.contains("fill=\"url(#t-bars-pattern-0)\"") && svg.contains("<pattern id=\"t-bars-pattern-0\""));
    }

    #[test]
    fn a_filter_change_redraws_the_bars_and_leaves_the_labels_as_they_were() {
        let data = reference();
        let all = Tally::all(&data);
        let some = Tally::of(&data, [0, 3, 7]);
        for draw in [status_chart, category_chart] {
            let (before, after) = (
                draw(&data, &all, &ViewState::default(), &Palette::LIGHT, 640, "t"),
                draw(&data, &some, &ViewState::default(), &Palette::LIGHT, 640, "t"),
            );
            assert_eq!(before.labels, after.labels);
            assert_ne!(before.bars, after.bars);
        }
        let chart = category_chart(&data, &all, &ViewState::default(), &Palette::LIGHT, 640, "t");
        assert!(chart.labels.contains("招商引资项目质量不够高"), "names are labels");
        assert!(!chart.bars.contains("招商引资"), "names are not redrawn with the bars");
    }

    #[test]
    fn a_round_draws_a_few_hundred_elements_not_thousands() {
        let text = include_str!("../../../data/shaoyang-jingkaiqu-2023-12-22.json");
        let data = zhenggai_core::load_str(text).map(|l| l.data).unwrap_or_else(|e| panic!("{e:?}"));
        // Every category at full width: the widest bars, the most pattern ink if it were drawn line by line.
        let chart = category_chart(&data, &Tally::all(&data), &ViewState::default(), &Palette::LIGHT, MAX_WIDTH, "t");
        let svg = chart.svg();
        let elements = svg.matches('<').count() - svg.matches("</").count();
        assert!(elements < 120, "{elements} elements");
    }

    #[test]
    fn the_category_chart_stacks_statuses_and_keeps_full_labels_for_hits() {
        let data = reference();
        let chart = category_chart(&data, &Tally::all(&data), &ViewState::default(), &Palette::LIGHT, 640, "t");
        assert_eq!(chart.hits.len(), 7);
        assert_eq!(chart.hits[5].label, "土地、厂房节约集约利用水平不高");
        assert_eq!(chart.hits[6].count, 4);
        assert!(matches!(chart.hits[0].target, Target::Category(0)));
        for status in ["完成", "基本完成", "长期整改 I", "长期整改 II"] {
            assert!(chart.labels.contains(status), "the legend names {status}");
        }
    }

    #[test]
    fn the_unit_chart_follows_the_ranking_and_names_each_rate() {
        let text = include_str!("../../../data/shaoyang-jingkaiqu-2023-12-22.json");
        let mut dataset: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        dataset["units"] = serde_json::json!([{ "id": "a", "name": "甲局" }, { "id": "b", "name": "乙县" }]);
        if let Some(problems) = dataset["problems"].as_array_mut() {
            for (i, problem) in problems.iter_mut().enumerate() {
                problem["unit"] = (if i < 5 { "a" } else { "b" }).into();
            }
        }
        let data = zhenggai_core::load_str(&dataset.to_string()).map(|l| l.data).unwrap_or_else(|e| panic!("{e:?}"));
        let tally = Tally::all(&data);
        let standings = zhenggai_core::analysis::standings::rank_units(&data, &tally);
        let chart = unit_chart(&data, &tally, &ViewState::default(), &standings, &Palette::LIGHT, 640, "t");
        let bars: Vec<(&str, usize)> = chart.hits.iter().map(|h| (h.label.as_str(), h.count)).collect();
        // The one 完成 problem is among the last ten: 乙县 ranks first.
        assert_eq!(bars, [("乙县 · 10%", 10), ("甲局 · 0%", 5)]);
        assert!(matches!(chart.hits[0].target, Target::Unit(1)));
    }

    #[test]
    fn charts_are_drawn_at_the_container_width_within_bounds() {
        let data = reference();
        let tally = Tally::all(&data);
        let chart = status_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 400, "t");
        for layer in [&chart.labels, &chart.bars] {
            assert!(layer.starts_with("<svg width=\"400\""), "{layer}");
        }
        assert_eq!(status_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 100, "t").width, MIN_WIDTH);
        assert_eq!(category_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 5000, "t").width, MAX_WIDTH);
    }

    #[test]
    fn markup_in_labels_is_escaped() {
        let text = include_str!("../../../data/shaoyang-jingkaiqu-2023-12-22.json")
            .replace("\"title\": \"招商引资项目质量不够高\"", "\"title\": \"<script>alert(1)</script>\"");
        let data = zhenggai_core::load_str(&text).map(|l| l.data).unwrap_or_else(|e| panic!("{e:?}"));
        let chart = category_chart(&data, &Tally::all(&data), &ViewState::default(), &Palette::LIGHT, 640, "t");
        assert!(!chart.svg().contains("<script>"), "plotters must escape text");
        assert!(chart.labels.contains("&lt;script&gt;"));
    }

    #[test]
    fn a_charts_own_selection_outlines_its_bars_and_fades_the_others_keeping_their_counts() {
        let data = reference();
        let tally = Tally::all(&data);
        let mostly_done = data.dataset().statuses[1].id.clone();
        let state = ViewState { statuses: vec![mostly_done], ..ViewState::default() };
        let plain = status_chart(&data, &tally, &ViewState::default(), &Palette::LIGHT, 640, "t");
        let chart = status_chart(&data, &tally, &state, &Palette::LIGHT, 640, "t");
        let drawn: Vec<(usize, Emphasis)> = chart.hits.iter().map(|h| (h.count, h.emphasis)).collect();
        assert_eq!(
            drawn,
            [(1, Emphasis::Dimmed), (4, Emphasis::Selected), (9, Emphasis::Dimmed), (1, Emphasis::Dimmed)],
            "counts unchanged, one bar selected"
        );
        assert!(plain.hits.iter().all(|h| h.emphasis == Emphasis::Plain));
        assert!(chart.bars.matches("opacity=\"0.3\"").count() >= 3, "three bars faded: {}", chart.bars);
        assert!(!plain.bars.contains("opacity=\"0.3\""));
        assert_eq!(chart.labels, plain.labels, "the labels' layer stays as it was");
        // Another chart's selection neither outlines nor fades this one.
        let categories = category_chart(&data, &tally, &state, &Palette::LIGHT, 640, "t");
        assert!(categories.hits.iter().all(|h| h.emphasis == Emphasis::Plain));
    }

    #[test]
    fn a_kind_bar_stands_for_every_status_of_its_kind() {
        let data = reference();
        let (facet, ids) = Target::Kind(StatusKind::LongTerm).selection(&data).unwrap_or((Facet::Unit, Vec::new()));
        assert_eq!(facet, Facet::Status);
        assert_eq!(ids.len(), 2, "长期整改 I and II");
        assert_eq!(Target::Report(0).selection(&data), None);
        assert_eq!(Target::Category(99).selection(&data), None, "an index out of range selects nothing");
    }

    #[test]
    fn two_statuses_of_one_kind_look_different() {
        let data = reference();
        let looks = Look::of_statuses(&data);
        assert_eq!(looks[2], Look { kind: StatusKind::LongTerm, variant: 0 }, "长期整改 I");
        assert_eq!(looks[3], Look { kind: StatusKind::LongTerm, variant: 1 }, "长期整改 II");
        assert_ne!(looks[2].colour(&Palette::LIGHT), looks[3].colour(&Palette::LIGHT));
    }

    #[test]
    fn every_kind_has_a_distinct_pattern() {
        let patterns: Vec<Pattern> = StatusKind::ALL.iter().map(|&k| Pattern::for_kind(k)).collect();
        for (i, a) in patterns.iter().enumerate() {
            for b in &patterns[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
