#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(wegwijzer::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app; build it with `trunk` (see README). Native tools: `cargo run --bin review`, `cargo run --bin assess`.");
}
