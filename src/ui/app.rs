//! The shell: header with language, "forget everything" and quick exit on
//! every screen, and the screen for the current step.

use super::idle::IdleGuard;
use super::language::LanguagePicker;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::safety::{ForgetButton, QuickExit};
use super::start::StartScreen;
use super::state::{initial_locale, Ui};
use super::summary::SummaryScreen;
use super::text::{t, tt};
use crate::engine::Step;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let ui = Ui::new(initial_locale());
    provide_context(ui);
    super::country::provide_nav();

    // <html lang dir> follow the chosen language.
    Effect::new(move |_| {
        let l = ui.locale.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.code);
            let _ = html.set_attribute("dir", l.dir.as_str());
        }
    });

    // The tab title: the app's own, or a neutral one on request. The tab
    // icon is always neutral (index.html), so switching makes no request.
    Effect::new(move |_| {
        let neutral = ui.neutral.get();
        document().set_title(&if neutral { "Notes".to_string() } else { t("app-name") });
    });

    // Only the kind of step decides which screen is built; the question
    // screen is rebuilt per question so its local choices start fresh.
    let step = Memo::new(move |_| ui.session.with(|s| s.step.clone()));

    view! {
        <a class="skip" href="#main">{tt("skip-to-content")}</a>
        <header class="bar">
            <span class="brand" aria-hidden="true">{tt("app-name")}</span>
            <LanguagePicker/>
            <div class="bar-actions">
                <ForgetButton/>
                <QuickExit/>
            </div>
        </header>
        <IdleGuard/>
        <div class="notice" role="status" aria-live="polite">
            {move || ui.notice.get().map(|id| view! { <p>{t(id)}</p> })}
        </div>
        <main id="main" tabindex="-1">
            {move || super::country::overlay().unwrap_or_else(|| match step.get() {
                Step::Start => view! { <StartScreen/> }.into_any(),
                Step::Question(id) => view! { <QuestionScreen id=id/> }.into_any(),
                Step::Result if ui.summary.get() => view! { <SummaryScreen/> }.into_any(),
                Step::Result => view! { <ResultScreen/> }.into_any(),
            })}
        </main>
    }
}
