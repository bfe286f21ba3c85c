#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    // The start screen pre-rendered into index.html (scripts/post-build.mjs)
    // gives way to the live app in the same task, before the browser paints
    // again: no flash, and the same markup, so no layout jump.
    let document = leptos::prelude::document();
    if let Ok(nodes) = document.query_selector_all("body > [data-prerendered]") {
        for i in 0..nodes.length() {
            if let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
    leptos::mount::mount_to_body(wegwijzer::ui::App);
    // Work the first question and the result would otherwise wait for, done
    // while the start screen is being read: reading the content, and the
    // first date a page writes (~30 ms on a slow phone: the browser loads its
    // date data).
    leptos::prelude::set_timeout(
        || {
            let _ = wegwijzer::content::questionnaire();
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
            let _ = js_sys::Date::new_0().to_locale_date_string("nl", &opts);
        },
        std::time::Duration::from_millis(1000),
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app; build it with `trunk` (see README). Native tools: `cargo run --bin review`, `cargo run --bin assess`.");
}
