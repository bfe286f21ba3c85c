//! One question per screen: a real form with a fieldset and legend, native
//! inputs, a submit button to continue and a visible Back.

use super::choices::Choices;
use super::read_aloud::ReadAloud;
use super::save::SavePanel;
use super::state::use_ui;
use super::text::{bi, bi_with, t, t_args, tt};
use crate::content::questionnaire;
use crate::engine::{Answer, AnswerError, Day, Kind, OptionId, QuestionId};
use crate::i18n::ids;
use leptos::prelude::*;

/// What the person has picked on this screen but not submitted yet.
#[derive(Clone, Copy)]
pub struct Draft {
    pub selected: RwSignal<Vec<OptionId>>,
    pub date: RwSignal<String>,
}

#[component]
pub fn QuestionScreen(id: QuestionId) -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    let Some(question) = q.question(&id) else {
        return view! { <p>{tt("error-unknown-option")}</p> }.into_any();
    };
    let existing = ui.session.with_untracked(|s| s.answers.get(&id).cloned());
    let draft = Draft {
        selected: RwSignal::new(match &existing {
            Some(Answer::One(o)) => vec![o.clone()],
            Some(Answer::Many(os)) => os.clone(),
            _ => vec![],
        }),
        date: RwSignal::new(match &existing {
            Some(Answer::Date(d)) => d.iso(),
            _ => String::new(),
        }),
    };
    let error = RwSignal::new(None::<AnswerError>);
    let error_box = NodeRef::<leptos::html::Div>::new();
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);

    let qid = id.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let answer = match (question.kind, Day::parse_iso(&draft.date.get_untracked())) {
            (Kind::Date, Some(d)) => Some(Answer::Date(d)),
            (Kind::Multi, _) => Some(Answer::Many(draft.selected.get_untracked())),
            _ => draft.selected.get_untracked().first().cloned().map(Answer::One),
        };
        let result = match answer {
            None => Err(AnswerError::Empty),
            Some(a) => ui.session.try_update(|s| s.answer(q, &qid, a)).unwrap_or(Err(AnswerError::NotCurrent)),
        };
        match result {
            // A second submit of a form already answered: the screen is moving on.
            Ok(()) | Err(AnswerError::NotCurrent) => {}
            Err(e) => {
                error.set(Some(e));
                if let Some(b) = error_box.get() {
                    let _ = b.focus();
                }
            }
        }
    };

    let progress = move || ui.session.with(|s| s.progress(q));
    let msg = ids::question(&id);
    let (m1, m2) = (msg.clone(), msg.clone());
    let error_text = move || {
        error.get().map(|e| match e {
            AnswerError::Empty => t("error-empty"),
            AnswerError::ExclusiveCombined => {
                let sel = draft.selected.get();
                let ex = sel
                    .iter()
                    .find(|o| question.is_exclusive(o, &q.settings))
                    .map(|o| t(&ids::option(&question.id, o)))
                    .unwrap_or_default();
                t_args("error-exclusive", &[("option", ex.into())])
            }
            AnswerError::DateInFuture => t("error-future-date"),
            AnswerError::DateTooEarly => t("error-date-too-early"),
            AnswerError::UnknownOption | AnswerError::NotCurrent => t("error-unknown-option"),
        })
    };
    let is_last = move || {
        ui.session.with(|s| {
            let (done, total) = s.progress(q);
            done + 1 == total
        })
    };

    view! {
        <form class="question" data-question=id.to_string() on:submit=on_submit novalidate>
            <div class="progress">
                <p id="progress-text">{move || {
                    let (done, total) = progress();
                    t_args("progress", &[("current", (done + 1).into()), ("total", total.into())])
                }}</p>
                <progress aria-labelledby="progress-text" max=move || progress().1.to_string()
                    value=move || (progress().0 + 1).to_string()></progress>
            </div>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=error_box
                class:hidden=move || error.get().is_none()>
                {move || error_text().map(|txt| view! {
                    <h2>{t("error-title")}</h2>
                    <p id="error-text">{txt}</p>
                })}
            </div>
            <fieldset aria-describedby="why" aria-invalid=move || error.get().is_some().to_string()>
                <legend>
                    <h1 tabindex="-1" node_ref=heading>{bi(m1.clone())}</h1>
                </legend>
                <p id="why" class="why">{bi_with(move |tr| tr.t_args("why-we-ask", &[("why", tr.t(&format!("{m2}.why")).into())]))}</p>
                <ReadAloud text=Callback::new(move |_| spoken_question(question))/>
                {ui.session.with_untracked(|s| s.notice(q, question)).map(|n| view! { <p class="question-notice">{bi(ids::notice(n))}</p> })}
                {(question.kind == Kind::Multi).then(|| view! { <p class="hint">{bi("choose-many")}</p> })}
                <Choices question=question draft=draft/>
            </fieldset>
            <div class="nav">
                <button type="button" class="back" on:click=move |_| ui.back()>
                    <span class="arrow" aria-hidden="true">"←"</span>{tt("nav-back")}
                </button>
                <button type="submit" class="primary">
                    {move || if is_last() { t("nav-to-result") } else { t("nav-continue") }}
                    <span class="arrow" aria-hidden="true">"→"</span>
                </button>
            </div>
        </form>
        <SavePanel/>
    }
    .into_any()
}

/// What "read aloud" says for a question: the question, why it is asked, and
/// its options (a country list is not read out).
fn spoken_question(question: &'static crate::engine::Question) -> String {
    let ui = use_ui();
    let q = questionnaire();
    let tr = super::text::translator(ui.locale.get_untracked());
    let m = ids::question(&question.id);
    let mut parts = vec![tr.t(&m), tr.t_args("why-we-ask", &[("why", tr.t(&format!("{m}.why")).into())])];
    if question.kind != Kind::Country {
        parts.extend(question.choices(&q.settings).iter().map(|o| tr.t(&ids::option(&question.id, o))));
    }
    crate::report::strip_isolation(&parts.join(". \n"))
}
