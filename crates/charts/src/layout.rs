//! Text layout without measuring: widths are estimated from the characters, so plotters never has to ask the
//! browser (which would add a `<span>` to the host page).

use crate::{Look, Palette};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Estimated width of `text` at `font_size`: CJK and other wide characters take a full em, the rest about half.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(|c| if is_wide(c) { 1.0 } else { 0.55 }).sum::<f64>() * font_size
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6
        | 0x20000..=0x3fffd)
}

/// Breaks `label` into at most `max_lines` lines of at most `width`; the last line ends in "…" when text is cut.
pub fn wrap_label(label: &str, width: f64, font_size: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in label.chars() {
        let candidate_width = text_width(&current, font_size) + text_width(&c.to_string(), font_size);
        if candidate_width > width && !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && text_width(last, font_size) + font_size > width {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}

const SWATCH: i32 = 16;
const GAP: i32 = 18;
const ROW: i32 = 28;
/// The same size as the chart text, so that the estimate matches what is drawn.
const LEGEND_FONT: f64 = 15.0;

fn entry_width(label: &str) -> i32 {
    SWATCH + 6 + text_width(label, LEGEND_FONT).ceil() as i32 + GAP
}

/// How many rows the legend needs in `width`.
pub fn legend_rows(legend: &[(String, Look)], width: i32) -> i32 {
    if legend.is_empty() {
        return 0;
    }
    let mut rows = 1;
    let mut x = 0;
    for (label, _) in legend {
        let w = entry_width(label);
        if x > 0 && x + w > width {
            rows += 1;
            x = 0;
        }
        x += w;
    }
    rows
}

/// Draws the legend: a patterned swatch and the status label per entry, wrapping into rows.
pub fn draw_legend<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    legend: &[(String, Look)],
    palette: &Palette,
    left: i32,
    top: i32,
    width: i32,
    font: &dyn Fn(Pos) -> TextStyle<'a>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (mut x, mut y) = (0, top);
    for (label, look) in legend {
        let w = entry_width(label);
        if x > 0 && x + w > width {
            x = 0;
            y += ROW;
        }
        let (sx, sy) = (left + x, y + (ROW - SWATCH) / 2);
        look.fill(root, palette, (sx, sy), (sx + SWATCH, sy + SWATCH), false)?;
        let style = font(Pos::new(HPos::Left, VPos::Center));
        root.draw_text(label, &style, (sx + SWATCH + 6, y + ROW / 2))?;
        x += w;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_a_full_em_and_latin_about_half() {
        assert_eq!(text_width("方面", 10.0), 20.0);
        assert!((text_width("ab", 10.0) - 11.0).abs() < 1e-9);
    }

    #[test]
    fn long_labels_wrap_and_then_shorten_with_an_ellipsis() {
        assert_eq!(wrap_label("营商环境不够优化", 200.0, 15.0, 2), ["营商环境不够优化"]);
        assert_eq!(
            wrap_label("土地、厂房节约集约利用水平不高", 120.0, 15.0, 2),
            ["土地、厂房节约集", "约利用水平不高"]
        );
        let cut = wrap_label(&"很长的类别名称".repeat(5), 90.0, 15.0, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
        assert!(text_width(&cut[1], 15.0) <= 90.0, "{cut:?}");
    }
}
