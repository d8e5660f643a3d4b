//! Fill patterns that tell status kinds apart without colour: solid, vertical stripes, dots, horizontal stripes,
//! and a grid, as thin light ink over the coloured bar.
//!
//! Each pattern is an SVG `<pattern>` defined once in the chart's `<defs>` and referenced by the bars, rather than
//! drawn line by line: a bar of dots used to be a hundred `<rect>`s, and the charts of a round ran to 1,300
//! elements and 140 KB of markup that the browser parsed again at every filter change. plotters has no notion of
//! a pattern, so a bar's overlay is drawn as a rectangle in a reserved marker colour, and [`finish`] swaps the
//! marker for a reference to the pattern once plotters is done.

use plotters::coord::Shift;
use plotters::prelude::*;
use zhenggai_core::model::StatusKind;

/// A fill pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// No pattern: done.
    Solid,
    /// Mostly done.
    VerticalStripes,
    /// In progress.
    Dots,
    /// Long term.
    HorizontalStripes,
    /// Not done.
    Grid,
}

/// The gap between two stripes or dots, in pixels; a dense pattern halves it.
const SPACING: u8 = 6;

/// The patterns that have ink, in the order of their marker codes.
const INKED: [Pattern; 4] = [Pattern::VerticalStripes, Pattern::Dots, Pattern::HorizontalStripes, Pattern::Grid];

/// Marker colours are `#01 02 code`: no palette colour has that shape (they are all far from black).
const MARKER_RED: u8 = 0x01;
const MARKER_GREEN: u8 = 0x02;

impl Pattern {
    /// The pattern of a status kind.
    pub fn for_kind(kind: StatusKind) -> Self {
        match kind {
            StatusKind::Done => Self::Solid,
            StatusKind::MostlyDone => Self::VerticalStripes,
            StatusKind::InProgress => Self::Dots,
            StatusKind::LongTerm => Self::HorizontalStripes,
            StatusKind::NotDone => Self::Grid,
        }
    }

    /// Marks the rectangle from `(x0, y0)` to `(x1, y1)` to be filled with the pattern (`dense` halves the
    /// spacing). Nothing is drawn for a solid fill.
    pub fn draw<DB: DrawingBackend>(
        self,
        root: &DrawingArea<DB, Shift>,
        from: (i32, i32),
        to: (i32, i32),
        dense: bool,
        opacity: f64,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        match self.code(dense) {
            Some(code) => {
                root.draw(&Rectangle::new([from, to], RGBColor(MARKER_RED, MARKER_GREEN, code).mix(opacity).filled()))
            }
            None => Ok(()),
        }
    }

    /// The marker code of an inked pattern: its place in [`INKED`], plus 4 when dense.
    fn code(self, dense: bool) -> Option<u8> {
        let place = INKED.iter().position(|&p| p == self)? as u8;
        Some(place + if dense { INKED.len() as u8 } else { 0 })
    }

    /// The `<pattern>` element for a marker code, with `id`.
    fn definition(code: u8, id: &str) -> String {
        let pattern = INKED[usize::from(code) % INKED.len()];
        let s = if usize::from(code) >= INKED.len() { SPACING / 2 } else { SPACING };
        let h = s / 2;
        let ink = r##"stroke="#FFFFFF" stroke-opacity="0.55" stroke-width="1""##;
        let body = match pattern {
            Self::VerticalStripes => format!(r#"<path d="M{h} 0V{s}" {ink}/>"#),
            Self::HorizontalStripes => format!(r#"<path d="M0 {h}H{s}" {ink}/>"#),
            Self::Grid => format!(r#"<path d="M{h} 0V{s}M0 {h}H{s}" {ink}/>"#),
            Self::Dots | Self::Solid => {
                format!(r##"<rect x="{h}" y="{h}" width="2" height="2" fill="#FFFFFF" fill-opacity="0.7"/>"##)
            }
        };
        format!(r#"<pattern id="{id}" width="{s}" height="{s}" patternUnits="userSpaceOnUse">{body}</pattern>"#)
    }
}

/// Turns the markers plotters wrote into references to patterns, defined in a `<defs>` at the top of the SVG.
/// `id_prefix` makes the patterns' ids unique in the page (two charts, or two widgets, define the same pattern).
pub fn finish(svg: &mut String, id_prefix: &str) {
    let mut defs = String::new();
    for code in 0..(2 * INKED.len()) as u8 {
        let marker = format!("fill=\"#{MARKER_RED:02X}{MARKER_GREEN:02X}{code:02X}\"");
        if !svg.contains(&marker) {
            continue;
        }
        let id = format!("{id_prefix}-pattern-{code}");
        *svg = svg.replace(&marker, &format!("fill=\"url(#{id})\""));
        defs.push_str(&Pattern::definition(code, &id));
    }
    if defs.is_empty() {
        return;
    }
    // After the opening `<svg …>` tag (its attributes are plotters' own and hold no `>`).
    if let Some(end) = svg.find('>') {
        svg.insert_str(end + 1, &format!("\n<defs>{defs}</defs>"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marker_code_has_its_own_definition() {
        let mut seen = std::collections::HashSet::new();
        for pattern in INKED {
            for dense in [false, true] {
                let code = pattern.code(dense);
                assert!(code.is_some_and(|c| seen.insert(Pattern::definition(c, "x"))), "{pattern:?} {dense}");
            }
        }
        assert_eq!(Pattern::Solid.code(false), None);
    }

    #[test]
    fn markers_become_pattern_references_defined_once() {
        let mut svg = String::from(
            "<svg width=\"10\" height=\"10\">\n<rect fill=\"#010201\"/>\n<rect fill=\"#010201\"/>\n<rect fill=\"#010206\"/>\n</svg>",
        );
        finish(&mut svg, "zg-a");
        assert!(svg.starts_with("<svg width=\"10\" height=\"10\">\n<defs><pattern id=\"zg-a-pattern-1\""), "{svg}");
        assert_eq!(svg.matches("fill=\"url(#zg-a-pattern-1)\"").count(), 2);
        assert_eq!(svg.matches("fill=\"url(#zg-a-pattern-6)\"").count(), 1);
        assert_eq!(svg.matches("<pattern ").count(), 2);
        assert!(!svg.contains("#0102"), "no marker left");
    }
}
