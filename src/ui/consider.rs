//! "Thinking it through": a calm page to weigh the choice about return.
//! Questions to think about (answered in the head or on paper), what the
//! person already told us about each, the reminder that they can change
//! their mind and that not returning now is a valid answer. It prints as a
//! worksheet in one or two languages. Nothing is stored.

use super::language::locale_options;
use super::state::use_ui;
use super::text::{translator, tt};
use crate::content::country::consider;
use crate::content::questionnaire;
use crate::engine::consider::recalled;
use crate::i18n::msg;
use crate::i18n::{Locale, MessageKey, Translator};
use crate::words::answer_line;
use leptos::prelude::*;
use std::sync::Arc;

type Second = RwSignal<Option<&'static Locale>>;

/// Text in the person's language and, when a second worksheet language is
/// chosen, that language below it, each marked with its `lang` and `dir`.
fn worksheet_text(second: Second, f: impl Fn(&Translator) -> String + Send + Sync + 'static) -> impl IntoView {
    let ui = use_ui();
    let f = Arc::new(f);
    move || {
        let first = ui.locale().get();
        let other = second.get().filter(|s| s.code != first.code);
        let f2 = f.clone();
        view! {
            <span lang=first.code dir=first.dir.as_str()>{f(&translator(first))}</span>
            {other.map(|s| view! { <span class="worksheet-second" lang=s.code dir=s.dir.as_str()>{f2(&translator(s))}</span> })}
        }
    }
}

fn msg(second: Second, id: impl MessageKey + Send + Sync + 'static) -> impl IntoView {
    msg_one(second, Box::new(id))
}

/// One copy of the code for every kind of id.
fn msg_one(second: Second, id: Box<dyn MessageKey + Send + Sync>) -> impl IntoView {
    worksheet_text(second, move |tr| tr.t(&*id))
}

#[component]
pub fn ConsiderScreen() -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    // The counsellor's language, if there is one, is the worksheet's second.
    let second: Second = RwSignal::new(ui.second().get_untracked());
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);

    let topics = consider()
        .topics
        .iter()
        .map(|topic| {
            let told = ui.session().with_untracked(|s| recalled(q, topic, s));
            let told = (!told.is_empty()).then(|| {
                view! {
                    <div class="told">
                        <p>{msg(second, msg::CONSIDER_TOLD)}</p>
                        <ul>{told.into_iter().map(|(qid, a)| view! {
                            <li>{worksheet_text(second, move |tr| crate::bidi::strip_isolation(&answer_line(q, tr, &qid, &a, super::text::format_date)))}</li>
                        }).collect_view()}</ul>
                    </div>
                }
            });
            view! {
                <li class="topic" data-topic=topic.id.clone()>
                    <h2>{msg(second, topic.message())}</h2>
                    {told}
                    <div class="write-lines print-only" aria-hidden="true">
                        <p>{msg(second, msg::CONSIDER_NOTES)}</p>
                        <div class="ruled"></div><div class="ruled"></div><div class="ruled"></div>
                    </div>
                </li>
            }
        })
        .collect_view();

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="consider" id="worksheet">
            <h1 tabindex="-1" node_ref=heading>{msg(second, msg::CONSIDER_OPEN)}</h1>
            <p class="lead">{msg(second, msg::CONSIDER_INTRO)}</p>
            <p>{msg(second, msg::CONSIDER_HOW)}</p>
            <ol class="topics">{topics}</ol>
            <div class="reminder">
                <p><strong>{msg(second, msg::CONSIDER_CHANGE_MIND)}</strong></p>
                <p><strong>{msg(second, msg::CONSIDER_VALID)}</strong></p>
            </div>
            <p class="advice">{msg(second, msg::START_NOT_ADVICE)}</p>
            <div class="worksheet-controls no-print">
                <label for="worksheet-second">{tt(msg::CONSIDER_PRINT_LANG)}</label>
                <select id="worksheet-second" on:change=move |ev| second.set(crate::i18n::find(&event_target_value(&ev)))>
                    <option value="" selected=move || second.get().is_none()>{tt(msg::CONSIDER_PRINT_NONE)}</option>
                    {locale_options(move |code| second.get().is_some_and(|s| s.code == code))}
                </select>
                <button type="button" id="print-worksheet" on:click=print>{tt(msg::CONSIDER_PRINT)}</button>
            </div>
            <div class="nav no-print">
                <button type="button" class="back" id="consider-back" on:click=move |_| ui.close()>
                    <span class="arrow" aria-hidden="true">"←"</span>{tt(msg::CONSIDER_BACK)}
                </button>
            </div>
        </section>
    }
}
