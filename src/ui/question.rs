//! One question per screen: a real form with a fieldset and legend, native
//! inputs, a submit button to continue and a visible Back.

use super::choices::Choices;
use super::draft::Draft;
use super::read_aloud::ReadAloud;
use super::save::SavePanel;
use super::state::use_languages;
use super::text::{bi, bi_with, second_shown, t, t_args, translator, tt, SecondToggle};
use crate::content::questionnaire;
use crate::engine::{Answer, AnswerError, Kind, Question, QuestionId, Session};
use crate::i18n::ids;
use crate::i18n::msg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn QuestionScreen(
    id: QuestionId,
    session: ReadSignal<Session>,
    on_answer: Callback<Answer, Result<(), AnswerError>>,
    on_back: Callback<()>,
) -> impl IntoView {
    let content = questionnaire();
    let Some(question) = content.question(&id) else {
        return view! { <p>{tt(msg::ERROR_UNKNOWN_OPTION)}</p> }.into_any();
    };
    // What was chosen on this question before the app ran (public/boot.js),
    // else the stored answer.
    let early = super::handoff::take_draft(&id);
    let draft = early.as_ref().map_or_else(
        || Draft::from_answer(session.with_untracked(|session| session.answers.get(&id).cloned()).as_ref()),
        |early| early.draft,
    );
    let error = RwSignal::new(None::<AnswerError>);
    let error_box = NodeRef::<leptos::html::Div>::new();
    let show_error = move |e: AnswerError| {
        error.set(Some(e));
        // Once the message is shown (the box is hidden until then).
        request_animation_frame(move || {
            if let Some(b) = error_box.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    if let Some(e) = early.and_then(|early| early.error) {
        show_error(e);
    }
    let form = NodeRef::<leptos::html::Form>::new();
    show_draft(form, question, draft);
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.submit(question, |answer| on_answer.run(answer)) {
            // A second submit of a form already answered: the screen is moving on.
            Ok(()) | Err(AnswerError::NotCurrent) => {}
            Err(e) => show_error(e),
        }
    };
    // The second click of a double tap would land on the next question's
    // Continue button: a click that is part of a double click submits nothing.
    let on_continue_click = move |ev: leptos::ev::MouseEvent| {
        if ev.detail() > 1 {
            ev.prevent_default();
        }
    };

    let progress = move || session.with(|session| session.progress(content));
    let message = ids::question(&id);
    let why = message.attr("why");
    let error_text = move || {
        error.get().map(|e| match e {
            AnswerError::Empty => t(msg::ERROR_EMPTY),
            AnswerError::ExclusiveCombined => {
                let exclusive = draft.selected.with(|selected| {
                    selected
                        .iter()
                        .find(|o| question.is_exclusive(o, &content.settings))
                        .map(|o| t(ids::option(&question.id, o)))
                        .unwrap_or_default()
                });
                t_args(msg::ERROR_EXCLUSIVE, &[("option", exclusive.into())])
            }
            AnswerError::DateInFuture => t(msg::ERROR_FUTURE_DATE),
            AnswerError::DateTooEarly => t(msg::ERROR_DATE_TOO_EARLY),
            AnswerError::UnknownOption | AnswerError::TooMany | AnswerError::NotCurrent => t(msg::ERROR_UNKNOWN_OPTION),
        })
    };
    let is_last = move || {
        let (done, total) = progress();
        done + 1 == total
    };

    view! {
        <form class="question" data-question=id.to_string() node_ref=form on:submit=on_submit novalidate>
            <div class="progress">
                <p id="progress-text">{bi_with(move |messages| {
                    let (done, total) = progress();
                    messages.t_args(msg::PROGRESS, &[("current", (done + 1).into()), ("total", total.into())])
                })}</p>
                <progress aria-labelledby="progress-text" max=move || progress().1.to_string()
                    value=move || (progress().0 + 1).to_string()></progress>
            </div>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=error_box
                class:hidden=move || error.get().is_none()>
                {move || error_text().map(|text| view! {
                    <h2>{t(msg::ERROR_TITLE)}</h2>
                    <p id="error-text">{text}</p>
                })}
            </div>
            <fieldset aria-describedby="why" aria-invalid=move || error.get().is_some().to_string()
                data-second=second_shown("question")>
                <legend>
                    <h1 tabindex="-1" node_ref=heading>{bi(message.clone())}</h1>
                </legend>
                <SecondToggle key="question"/>
                <p id="why" class="why">{bi_with(move |messages| messages.t_args(msg::WHY_WE_ASK, &[("why", messages.t(&why).into())]))}</p>
                <ReadAloud text=Callback::new(move |_| spoken_question(question))/>
                {session.with_untracked(|session| session.notice(content, question)).map(|notice| view! { <p class="question-notice">{bi(ids::notice(notice))}</p> })}
                <Choices question=question draft=draft/>
            </fieldset>
            <div class="nav">
                <button type="button" class="back" on:click=move |_| on_back.run(())>
                    <span class="arrow" aria-hidden="true">"←"</span>{bi(msg::NAV_BACK)}
                </button>
                <button type="submit" class="primary" id="next" on:click=on_continue_click>
                    {move || if is_last() { bi(msg::NAV_TO_RESULT).into_any() } else { bi(msg::NAV_CONTINUE).into_any() }}
                    <span class="arrow" aria-hidden="true">"→"</span>
                </button>
            </div>
        </form>
        <SavePanel/>
    }
    .into_any()
}

/// Keeps every box on screen in step with the draft, once the screen is in
/// the page and whenever the draft changes. The page may reuse the previous
/// question's inputs, and a radio button the person had ticked there could
/// otherwise untick the pre-filled answer while Continue still sent it.
fn show_draft(form: NodeRef<leptos::html::Form>, question: &'static Question, draft: Draft) {
    let content = questionnaire();
    let countries = content.countries.iter().filter(|_| question.kind == Kind::Country).map(|c| c.code.clone());
    let values: Vec<_> = question.choices(&content.settings).into_iter().chain(countries).collect();
    Effect::new(move |_| {
        let selected = draft.selected.get();
        let Some(form) = form.get() else { return };
        for value in &values {
            let selector = format!("input[name=\"{}\"][value=\"{value}\"]", question.id);
            if let Ok(Some(input)) = form.query_selector(&selector) {
                input.unchecked_into::<web_sys::HtmlInputElement>().set_checked(selected.contains(value));
            }
        }
    });
}

/// What "read aloud" says for a question: the question, why it is asked, and
/// its options (a country list is not read out).
fn spoken_question(question: &'static Question) -> String {
    let content = questionnaire();
    let messages = translator(use_languages().first.get_untracked());
    let message = ids::question(&question.id);
    let mut parts = vec![
        messages.t(&message),
        messages.t_args(msg::WHY_WE_ASK, &[("why", messages.t(message.attr("why")).into())]),
    ];
    if question.kind != Kind::Country {
        parts.extend(question.choices(&content.settings).iter().map(|o| messages.t(ids::option(&question.id, o))));
    }
    crate::bidi::strip_isolation(&parts.join(". \n"))
}
