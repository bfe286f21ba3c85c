//! The shell: a header that stays in view on every screen (language,
//! "forget everything" and the quick exit), and the current screen
//! (`screen.rs`). Each screen gets the signals it needs as properties.

use super::idle::IdleGuard;
use super::language::LanguagePicker;
use super::question::QuestionScreen;
use super::result::ResultScreen;
use super::safety::{ForgetButton, QuickExit};
use super::screen::{Page, Screen};
use super::start::{StartScreen, NEUTRAL_TITLE};
use super::state::{initial_locale, Ui};
use super::summary::SummaryScreen;
use super::text::{t, tt};
use crate::i18n::msg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let ui = Ui::new(initial_locale());
    provide_context(ui);
    provide_context(ui.languages());
    super::languages::load_all(ui);
    super::text::provide_second_shown();
    // What was done on the pre-rendered page before the app ran.
    super::handoff::apply(ui);

    // <html lang dir> follow the chosen language.
    Effect::new(move |_| {
        let l = ui.locale().get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.code);
            let _ = html.set_attribute("dir", l.dir.as_str());
        }
    });

    // The tab title: the app's own, or a neutral one on request. The tab
    // icon is always neutral (index.html), so switching makes no request.
    Effect::new(move |_| {
        let neutral = ui.neutral().get();
        document().set_title(&if neutral { NEUTRAL_TITLE.to_string() } else { t(msg::APP_NAME) });
    });

    // Only the kind of screen decides which screen is built; each screen
    // starts from the session when it changes.
    let languages = ui.languages();
    let session = ui.session();
    let back = Callback::new(move |_| ui.back());
    let show = move |screen: Screen| match screen {
        Screen::Start => view! {
            <StartScreen locale=ui.locale() second=ui.second() neutral=ui.neutral()
                on_second=Callback::new(move |l| ui.choose_second(l))
                on_neutral=Callback::new(move |yes| ui.show_neutral(yes))
                on_begin=Callback::new(move |_| ui.begin())/>
        }
        .into_any(),
        Screen::Question(id) => {
            let answer = {
                let id = id.clone();
                Callback::new(move |answer| ui.answer(&id, answer))
            };
            view! { <QuestionScreen id=id session=session on_answer=answer on_back=back/> }.into_any()
        }
        Screen::Summary => view! {
            <SummaryScreen session=session languages=languages on_back=Callback::new(move |_| ui.close())/>
        }
        .into_any(),
        Screen::Result => view! {
            <ResultScreen session=session languages=languages
                on_summary=Callback::new(move |_| ui.open(Page::Summary)) on_back=back/>
        }
        .into_any(),
        Screen::CountryInfo => view! { <super::country::CountryInfoScreen/> }.into_any(),
        Screen::Consider => view! { <super::consider::ConsiderScreen/> }.into_any(),
    };

    view! {
        // Focus moves without following the link: a `#main` entry in the
        // history would let Back, after quick exit, reopen this page.
        <a class="skip" href="#main" on:click=skip_to_main>{tt(msg::SKIP_TO_CONTENT)}</a>
        <header class="bar">
            <span class="brand" aria-hidden="true">{tt(msg::APP_NAME)}</span>
            <LanguagePicker locale=ui.picked() on_choose=Callback::new(move |l| ui.choose_language(l))/>
            <div class="bar-actions">
                <ForgetButton/>
                <QuickExit/>
            </div>
        </header>
        <IdleGuard/>
        <div class="notice" role="status" aria-live="polite">
            {move || ui.notice().get().map(|id| view! { <p>{t(id)}</p> })}
        </div>
        <main id="main" tabindex="-1">
            {move || show(ui.screen().get())}
        </main>
    }
}

/// "Skip to content": focus on the main region, no history entry.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}
