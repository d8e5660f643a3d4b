//! Fuzz target `arriving`: arbitrary bytes, cut into chunks, into `zhenggai_core::load::arriving::ArrivingDataset`, the
//! way the widget loads a dataset while it downloads (its problems parsed as they arrive).
//!
//! Checks the promise of `core::arriving`: whatever the bytes and wherever the chunks end, the result is what
//! `zhenggai_core::load` gives for the whole input, the same dataset and warnings or the same errors; and it never
//! panics. The first byte chooses the chunk size (1 to 256 bytes, so that chunk ends fall everywhere: inside
//! characters, strings, escapes, problems, between them); the rest is the dataset.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zhenggai_core::load::arriving::ArrivingDataset;
use zhenggai_core::load;

fuzz_target!(|data: &[u8]| {
    let Some((&size, text)) = data.split_first() else { return };
    let mut arriving = ArrivingDataset::new();
    let mut arrived = None;
    for chunk in text.chunks(usize::from(size) + 1) {
        if let Err(not_utf8) = arriving.push(chunk) {
            arrived = Some(Err(vec![not_utf8]));
            break;
        }
    }
    let arrived = arrived.unwrap_or_else(|| arriving.finish());
    match (arrived, load(text)) {
        (Ok(arrived), Ok(whole)) => {
            assert!(arrived.data.dataset() == whole.data.dataset(), "the datasets differ");
            assert_eq!(arrived.warnings, whole.warnings, "the warnings differ");
        }
        (Err(arrived), Err(whole)) => assert_eq!(arrived, whole, "the errors differ"),
        (arrived, whole) => panic!("arrived ok: {}, whole ok: {}", arrived.is_ok(), whole.is_ok()),
    }
});
