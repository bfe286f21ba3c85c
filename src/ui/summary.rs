//! A summary the person can keep: routes with reasons, urgent notes and
//! deadlines, contacts, the date, and (only if ticked) the answers; in one
//! language or two. Print uses print CSS; "save as a file" makes an HTML file
//! on the device.

use super::language::locale_options;
use super::result::findings;
use super::save::ReadableFile;
use super::state::{today, use_ui};
use super::text::{bi, bi_with, format_date, t, tt};
use crate::content::questionnaire;
use crate::engine::assess;
use crate::report::answer_line;
use leptos::prelude::*;

/// Styles of the downloaded file, which is opened without the app.
const FILE_CSS: &str = "body{font-family:system-ui,'Noto Sans',sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\
.card{border:1px solid #999;border-radius:8px;padding:1rem;margin:.75rem 0;break-inside:avoid}\
.urgent-card{border:2px solid #a64b00}.bi{display:flex;flex-wrap:wrap;gap:.25rem 1rem}.bi>span{flex:1 1 15rem}\
.bi-b{color:#444}button,.no-file{display:none}";

#[component]
pub fn SummaryScreen() -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    let with_answers = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    let made = today();

    let answers = move || {
        with_answers.get().then(|| {
            let rows: Vec<_> = ui.session.with(|s| {
                q.questions.iter().filter_map(|x| s.answers.get(&x.id).map(|a| (x.id.clone(), a.clone()))).collect()
            });
            view! {
                <section class="answers" aria-labelledby="answers-title">
                    <h2 id="answers-title">{bi("summary-answers-title")}</h2>
                    <ul>{rows.into_iter().map(|(qid, a)| view! {
                        <li>{bi_with(move |tr| answer_line(q, tr, &qid, &a))}</li>
                    }).collect_view()}</ul>
                </section>
            }
        })
    };

    let file_html = move || {
        let el = document().get_element_by_id("summary")?;
        let l = ui.locale.get_untracked();
        Some(format!(
            "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{FILE_CSS}</style></head><body>{}</body></html>",
            l.code,
            l.dir.as_str(),
            t("summary-title"),
            el.outer_html()
        ))
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let on_second = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        ui.second.set(crate::i18n::find(&code));
    };

    view! {
        <div class="summary-controls no-print">
            <div class="choice">
                <input type="checkbox" id="with-answers" prop:checked=move || with_answers.get()
                    on:change=move |ev| with_answers.set(event_target_checked(&ev))/>
                <label for="with-answers">{tt("summary-include-answers")}</label>
            </div>
            <label class="second-language">
                <span>"+ "{tt("language-label")}</span>
                <select id="summary-second" on:change=on_second>
                    <option value="" selected=move || ui.second.get().is_none()>"—"</option>
                    {locale_options(move |code| ui.second.get().is_some_and(|s| s.code == code))}
                </select>
            </label>
        </div>
        <article id="summary" class="summary">
            <h1 tabindex="-1" node_ref=heading>{bi("summary-title")}</h1>
            <p class="summary-date">{bi_with(move |tr| tr.t_args("summary-date", &[("date", format_date(tr.locale, made).into())]))}</p>
            {move || ui.second.get().map(|l| view! { <p class="small">{super::text::t_args("summary-bilingual", &[("language", l.native.into())])}</p> })}
            <p class="advice">{bi("result-not-advice")}</p>
            {move || findings(&ui.session.with(|s| assess(q, s)), false)}
            <super::country::SummaryCountryCard/>
            {answers}
        </article>
        <div class="nav no-print">
            <button type="button" class="back" on:click=move |_| ui.summary.set(false)>
                <span class="arrow" aria-hidden="true">"←"</span>{tt("summary-back")}
            </button>
            <button type="button" id="print" on:click=print>{tt("summary-print")}</button>
            <ReadableFile html=file_html/>
        </div>
    }
}
