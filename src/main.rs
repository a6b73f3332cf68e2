//! Mounts the app; everything else lives in the library so that tests can reach it.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    samenscan::route::set_current_page(samenscan::route::Page::Main);
    leptos::mount::mount_to_body(samenscan::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Samenscan runs in the browser: build it with `trunk build` (see README).");
}
