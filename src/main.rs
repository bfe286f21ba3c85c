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
            let q = wegwijzer::content::questionnaire();
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
            let _ = js_sys::Date::new_0().to_locale_date_string("nl", &opts);
            let names: Vec<&str> = q.countries.iter().map(|c| c.native.as_str()).collect();
            warm_fonts(&names.join(" "));
        },
        std::time::Duration::from_millis(1000),
    );
}

/// Lays out `text` once, unseen, so the browser finds fonts for its scripts
/// now: the country list names each country in its own script, and finding
/// fallback fonts for a dozen scripts made that step ~35 ms slower the
/// first time (4x CPU).
#[cfg(target_arch = "wasm32")]
fn warm_fonts(text: &str) {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let (Ok(el), Some(body)) = (document.create_element("div"), document.body()) else { return };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    el.set_text_content(Some(text));
    let _ = el.set_attribute("aria-hidden", "true");
    el.style().set_css_text("position:absolute;visibility:hidden;inset-block-start:-100vh");
    let _ = body.append_child(&el);
    let _ = el.offset_height();
    el.remove();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app; build it with `trunk` (see README). Native tools: `cargo run --bin review`, `cargo run --bin assess`.");
}
