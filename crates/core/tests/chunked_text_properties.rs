//! Property tests: a download assembled chunk by chunk says what one check of the whole bytes says.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot unwrap has failed anyway

use proptest::prelude::*;
use zhenggai_core::FindingKind;
use zhenggai_core::load::chunked_text::ChunkedText;

/// Bytes mostly made of UTF-8 text (ASCII, CJK, four-byte characters), with some random bytes in between.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => "[a-z0-9{}\":, ]{0,8}".prop_map(String::into_bytes),
        4 => "[\u{4e00}-\u{9fff}]{0,6}".prop_map(String::into_bytes),
        1 => "[\u{10000}-\u{2ffff}]{0,3}".prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..3),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn chunks_of_any_sizes_give_the_whole_check(input in bytes(), sizes in prop::collection::vec(1usize..9, 1..40)) {
        let mut text = ChunkedText::new();
        let (mut at, mut found) = (0, Ok(()));
        for size in sizes.iter().cycle() {
            if at >= input.len() || found.is_err() {
                break;
            }
            let end = (at + size).min(input.len());
            found = text.push(&input[at..end]).map(|_| ());
            at = end;
        }
        let assembled = found.and_then(|()| text.finish());
        match std::str::from_utf8(&input) {
            Ok(whole) => prop_assert_eq!(assembled.unwrap(), whole),
            Err(e) => prop_assert_eq!(
                assembled.unwrap_err().kind,
                FindingKind::NotUtf8 { byte_offset: e.valid_up_to() }
            ),
        }
    }
}
