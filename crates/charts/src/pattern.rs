//! Fill patterns that tell status kinds apart without colour: solid, vertical stripes, dots, horizontal stripes,
//! and a grid. Drawn as thin light lines over the coloured bar, clipped to it by construction.

use plotters::coord::Shift;
use plotters::prelude::*;
use zhenggai_core::model::StatusKind;

/// A fill pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    VerticalStripes,
    Dots,
    HorizontalStripes,
    Grid,
}

const SPACING: i32 = 6;

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

    /// Draws the pattern inside the rectangle from `(x0, y0)` to `(x1, y1)`; `dense` halves the spacing.
    pub fn draw<DB: DrawingBackend>(
        self,
        root: &DrawingArea<DB, Shift>,
        (x0, y0): (i32, i32),
        (x1, y1): (i32, i32),
        dense: bool,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let spacing = if dense { SPACING / 2 } else { SPACING };
        let ink = WHITE.mix(0.55).stroke_width(1);
        let vertical = matches!(self, Self::VerticalStripes | Self::Grid);
        let horizontal = matches!(self, Self::HorizontalStripes | Self::Grid);
        if vertical {
            for x in (x0 + spacing / 2..x1).step_by(spacing as usize) {
                root.draw(&PathElement::new(vec![(x, y0), (x, y1)], ink))?;
            }
        }
        if horizontal {
            for y in (y0 + spacing / 2..y1).step_by(spacing as usize) {
                root.draw(&PathElement::new(vec![(x0, y), (x1, y)], ink))?;
            }
        }
        if self == Self::Dots {
            for y in (y0 + spacing / 2..y1 - 1).step_by(spacing as usize) {
                for x in (x0 + spacing / 2..x1 - 1).step_by(spacing as usize) {
                    root.draw(&Rectangle::new([(x, y), (x + 2, y + 2)], WHITE.mix(0.7).filled()))?;
                }
            }
        }
        Ok(())
    }
}
