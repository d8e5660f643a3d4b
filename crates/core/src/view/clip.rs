//! Shortening text for display. A dataset may hold a title of a million characters; laying that out blocks a
//! browser's main thread for a second, so the widget shows the start and offers the rest on request.

/// Texts longer than this many characters are shown shortened first.
pub const DISPLAY_CHARS: usize = 1000;

/// The first `max_chars` characters of `text` when it is longer (cut at a character boundary), else `None`.
pub fn clip(text: &str, max_chars: usize) -> Option<&str> {
    let (end, _) = text.char_indices().nth(max_chars)?;
    Some(&text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_longer_texts_are_clipped_and_never_inside_a_character() {
        assert_eq!(clip("整改看板", 4), None);
        assert_eq!(clip("整改看板", 3), Some("整改看"));
        assert_eq!(clip("", 0), None);
        assert_eq!(clip("ab", 0), Some(""));
        let long = "长".repeat(1_000_000);
        assert_eq!(clip(&long, DISPLAY_CHARS).map(|c| c.chars().count()), Some(DISPLAY_CHARS));
    }
}
