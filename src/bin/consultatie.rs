//! Mounts the peer-review page (`consultatie.html`); see `route::Page` for why it is its own binary.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    samenscan::route::set_current_page(samenscan::route::Page::Peer);
    leptos::mount::mount_to_body(samenscan::PeerApp);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenscan runs in the browser: build it with scripts/build.sh (see README).");
}
