//! Layer 1, Leptos alone: a button and the number of times it was pressed. What any Leptos app costs, with the
//! reactive graph, the renderer and wasm-bindgen's glue that every view needs.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let presses = RwSignal::new(0_u32);
        view! {
            <button on:click=move |_| presses.update(|n| *n += 1)>"+1"</button>
            <p data-floor="presses">{move || presses.get()}</p>
        }
    });
}
