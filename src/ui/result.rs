//! The result screen lays out the result document (`crate::document`) with
//! every card closed: the next steps first, then the summary button and
//! read-aloud, then the cards and the directory, each opening on demand.
//! It decides nothing itself.

use super::listen::{use_event_listener, window_target};
use super::read_aloud::ReadAloud;
use super::save::SavePanel;
use super::state::Languages;
use super::text::{bi, format_date, second_shown, translator, SecondToggle};
use crate::content::questionnaire;
use crate::document::country::country_input;
use crate::document::html::{self, Layout};
use crate::document::{self, Block, CardKind, Options, ResultDocument};
use crate::engine::{assess, Session};
use crate::i18n::msg;
use crate::i18n::Locale;
use leptos::prelude::*;

/// The result document for a session, in the person's language and
/// optionally a second one. The screen, the summary, the file and
/// read-aloud all use this.
pub fn result_document(
    session: &Session,
    first: &'static Locale,
    second: Option<&'static Locale>,
    options: Options,
) -> ResultDocument {
    let content = questionnaire();
    let assessment = assess(content, session);
    let first_tr = translator(first);
    let second_tr = second.filter(|second| second.code != first.code).map(translator);
    let langs = document::Languages { first: &first_tr, second: second_tr.as_deref() };
    document::build(content, session, &assessment, langs, format_date, options)
}

/// Printing from the browser's menu shows every card open: the cards are
/// opened just before printing and closed again after.
fn open_cards_for_print() {
    let set = |open: bool| {
        move |_| {
            let selector = if open { "main details:not([open])" } else { "main details[data-print-open]" };
            while let Some(el) = document().query_selector(selector).ok().flatten() {
                if open {
                    let _ = el.set_attribute("open", "");
                    let _ = el.set_attribute("data-print-open", "");
                } else {
                    let _ = el.remove_attribute("open");
                    let _ = el.remove_attribute("data-print-open");
                }
            }
        }
    };
    use_event_listener(window_target(), leptos::ev::Custom::<web_sys::Event>::new("beforeprint"), set(true));
    use_event_listener(window_target(), leptos::ev::Custom::<web_sys::Event>::new("afterprint"), set(false));
}

#[component]
pub fn ResultScreen(
    session: ReadSignal<Session>,
    languages: Languages,
    on_summary: Callback<()>,
    on_back: Callback<()>,
) -> impl IntoView {
    let doc = Memo::new(move |_| {
        let second = languages.second.get();
        let options = Options { counsellor: second.is_some(), answers: false, country: country_input() };
        session.with(|session| result_document(session, languages.first.get(), second, options))
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    open_cards_for_print();
    // The first frame shows the heading, the next steps and the actions (a
    // phone's screenful); the cards, the directory and the panels below
    // follow after that frame is painted. Building and laying out all of it
    // at once kept the last answer from showing anything for ~60 ms at 4x
    // CPU. `data-complete` marks the whole result (tests wait for it).
    let complete = super::two_frames::painted();
    view! {
        <section class="result" data-complete=move || complete.get().then_some("")>
            <div data-second=second_shown("steps")>
                <SecondToggle key="steps"/>
                <h1 tabindex="-1" node_ref=heading inner_html=move || doc.with(|d| html::words(d, &d.title))></h1>
                <div inner_html=move || doc.with(|d| html::block(d, &d.blocks[0], Layout::Screen))></div>
            </div>
            <div class="result-actions">
                <button type="button" class="primary" id="to-summary" on:click=move |_| on_summary.run(())>
                    {bi(msg::RESULT_SUMMARY)}<span class="arrow" aria-hidden="true">"→"</span>
                </button>
                <ReadAloud text=Callback::new(move |_| document::text::spoken(&doc.get_untracked()))/>
            </div>
            {move || complete.get().then(|| view! {
                <div>{move || doc.with(|d| d.blocks[1..].iter().map(|b| {
                    // Each block its own: on a phone in counsellor mode, the
                    // counsellor's language is one tap away per block.
                    let key = block_key(b);
                    let html = html::block(d, b, Layout::Screen);
                    view! {
                        <div data-second=second_shown(key)>
                            {(!matches!(b, Block::Note(..))).then(|| view! { <SecondToggle key=key/> })}
                            <div inner_html=html></div>
                        </div>
                    }
                }).collect_view())}</div>
            })}
            <div class="nav">
                <button type="button" class="back" on:click=move |_| on_back.run(())>
                    <span class="arrow" aria-hidden="true">"←"</span>{bi(msg::RESULT_RESTART)}
                </button>
            </div>
            {move || complete.get().then(|| view! {
                <super::country::ResultCountryExtras/>
                <SavePanel/>
            })}
        </section>
    }
}

/// Which kind of block this is, for the choice of languages on a phone.
fn block_key(b: &Block) -> &'static str {
    match b {
        Block::NextSteps { .. } | Block::Note(..) => "steps",
        Block::Cards { kind: CardKind::Urgent, .. } => "urgent",
        Block::Cards { kind: CardKind::Route, .. } => "routes",
        Block::Cards { kind: CardKind::Other, .. } => "other",
        Block::Directory { .. } => "directory",
        Block::Checklist { .. } => "checklist",
        Block::Answers { .. } => "answers",
        Block::Country(_) => "country",
    }
}
