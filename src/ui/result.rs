//! The result: urgent notes first, then one card per route (what it is, why
//! it is shown, what to do next, whom to contact), then return options held
//! back by the safety rule. In counsellor mode each card also shows the rule
//! and the answers behind it.

use super::read_aloud::ReadAloud;
use super::save::SavePanel;
use super::state::use_ui;
use super::text::{bi, bi_with, format_date, tt};
use crate::content::questionnaire;
use crate::engine::{assess, Assessment, Finding};
use crate::i18n::ids;
use crate::report::{answer_line, reason_text};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum CardKind {
    Urgent,
    Route,
    Other,
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    let assessment = Memo::new(move |_| ui.session.with(|s| assess(q, s)));
    let heading = NodeRef::<leptos::html::H1>::new();
    super::focus::focus_when_mounted(heading);
    let counsellor = move || ui.second.get().is_some();
    view! {
        <section class="result">
            <h1 tabindex="-1" node_ref=heading>{bi("result-title")}</h1>
            <p class="lead">{bi("result-intro")}</p>
            <p class="advice">{bi("result-not-advice")}</p>
            <ReadAloud text=Callback::new(move |_| spoken_result(&assessment.get_untracked()))/>
            {move || findings(&assessment.get(), counsellor())}
            <super::country::ResultCountryCard/>
            {move || counsellor().then(|| checklist(&assessment.get()))}
            <div class="nav">
                <button type="button" class="back" on:click=move |_| ui.back()>
                    <span class="arrow" aria-hidden="true">"←"</span>{tt("result-restart")}
                </button>
                <button type="button" class="primary" id="to-summary" on:click=move |_| ui.summary.set(true)>
                    {tt("result-summary")}<span class="arrow" aria-hidden="true">"→"</span>
                </button>
            </div>
            <SavePanel/>
        </section>
    }
}

/// Urgent notes, routes and other options, as sections of cards.
pub fn findings(a: &Assessment, details: bool) -> impl IntoView {
    view! {
        <p class="danger-line">{bi("advice-danger")}</p>
        {(!a.urgent.is_empty()).then(|| view! {
            <section class="urgent" aria-labelledby="urgent-title">
                <h2 id="urgent-title">{bi("result-urgent-title")}</h2>
                {a.urgent.iter().map(|f| card(f.clone(), CardKind::Urgent, details)).collect_view()}
            </section>
        })}
        <section class="routes" aria-labelledby="routes-title">
            <h2 id="routes-title">{bi("result-routes-title")}</h2>
            {a.routes.iter().map(|f| card(f.clone(), CardKind::Route, details)).collect_view()}
        </section>
        {(!a.other_options.is_empty()).then(|| view! {
            <section class="other" aria-labelledby="other-title">
                <h2 id="other-title">{bi("result-other-title")}</h2>
                <p>{bi("result-other-why")}</p>
                {a.other_options.iter().map(|f| card(f.clone(), CardKind::Other, details)).collect_view()}
            </section>
        })}
        {(!a.unconfirmed_facts.is_empty()).then(|| view! { <p class="confirm-facts">{bi("advice-confirm")}</p> })}
        {directory(a, details)}
    }
}

/// Every organisation named above, once: what it offers, how to reach it,
/// and when the details were checked (and, for counsellors, the source).
fn directory(a: &Assessment, details: bool) -> impl IntoView {
    let q = questionnaire();
    let mut ids_seen: Vec<crate::engine::ReferralId> = Vec::new();
    for f in a.urgent.iter().chain(a.all_routes()) {
        for r in &f.referrals {
            if !ids_seen.contains(r) {
                ids_seen.push(r.clone());
            }
        }
    }
    view! {
        <section class="directory" aria-labelledby="directory-title">
            <h2 id="directory-title">{bi("whom-to-contact")}</h2>
            {ids_seen.iter().filter_map(|r| q.referral(r)).map(|r| {
                let m = ids::referral(&r.id);
                let checked = crate::engine::Day::parse_iso(&r.checked);
                let raw = r.checked.clone();
                let m1 = m.clone();
                view! {
                    <div class="contact" data-referral=r.id.to_string()>
                        <h3 class="contact-name">{bi(m.clone())}</h3>
                        <p>{bi_with(move |tr| format!("{} {}", tr.t(&format!("{m1}.offer")), tr.t(&format!("{m1}.how"))))}</p>
                        {reach(r)}
                        {details.then(|| {
                            let src = r.source.clone();
                            view! { <p class="source" dir="ltr">{move || super::text::t_args("referral-source", &[("source", src.clone().into())])}</p> }
                        })}
                        <p class="checked">{bi_with(move |tr| {
                            let date = checked.map(|d| format_date(tr.locale, d)).unwrap_or(raw.clone());
                            tr.t_args("referral-checked", &[("date", date.into())])
                        })}</p>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// How to reach an organisation: phone and website, where known.
fn reach(r: &crate::engine::model::Referral) -> impl IntoView {
    let phone = r.phone.clone().map(|p| {
        view! { <span class="phone">{move || super::text::t_args("referral-phone", &[("phone", p.clone().into())])}</span> }
    });
    let web = r.web.clone().map(|w| {
        view! { <span class="web">{move || super::text::t_args("referral-web", &[("web", w.clone().into())])}</span> }
    });
    (phone, web)
}

/// What a counsellor checks next, beside the cards.
fn checklist(a: &Assessment) -> impl IntoView {
    let mut items = vec!["counsellor-check-letter", "counsellor-check-lawyer"];
    if a.fear_indicated {
        items.push("counsellor-check-fear");
    }
    if !a.urgent.is_empty() {
        items.insert(0, "counsellor-check-urgent");
    }
    view! {
        <section class="checklist" aria-labelledby="check-title">
            <h2 id="check-title">{bi("counsellor-check-title")}</h2>
            <ul>{items.into_iter().map(|id| view! { <li>{bi(id)}</li> }).collect_view()}</ul>
        </section>
    }
}

pub fn card(f: Finding, kind: CardKind, details: bool) -> impl IntoView {
    let ui = use_ui();
    let q = questionnaire();
    let msg = match kind {
        CardKind::Urgent => ids::urgent(&f.id),
        _ => ids::route(&f.id),
    };
    let class = match kind {
        CardKind::Urgent => "card urgent-card",
        CardKind::Route => "card route-card",
        CardKind::Other => "card other-card",
    };
    // Each deadline with its own text, and its own text once it has passed.
    let deadline = f.deadlines.iter().map(|d| {
        let (m, date, passed) = (ids::deadline(&d.id), d.date, d.passed);
        let m1 = m.clone();
        view! {
            <p class="deadline" data-deadline=d.id.to_string()><strong>{bi_with(move |tr| tr.t_args(&m1, &[("date", format_date(tr.locale, date).into())]))}</strong></p>
            {passed.then(|| view! { <p class="deadline-passed">{bi(format!("{m}.passed"))}</p> })}
        }
    }).collect_view();
    let held_back = (!f.held_back_by.is_empty()).then(|| {
        view! {
            <div class="held-back">
                <h4>{bi("advice-held-back")}</h4>
                <ul>{f.held_back_by.iter().map(|s| view! { <li>{bi(ids::signal(s))}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let unconfirmed = f.unconfirmed.then(|| view! { <p class="confirm-fact">{bi("advice-confirm-card")}</p> });
    let reasons = if f.reasons.is_empty() {
        view! { <p class="because">{bi("reason-general")}</p> }.into_any()
    } else {
        view! {
            <div class="because">
                <h4>{bi("because")}</h4>
                <ul>{f.reasons.iter().map(|r| {
                    let r = r.clone();
                    view! { <li>{bi_with(move |tr| reason_text(q, tr, &r))}</li> }
                }).collect_view()}</ul>
            </div>
        }
        .into_any()
    };
    let points = (!f.points.is_empty()).then(|| view! {
        <div class="points">
            <h4>{bi("points-title")}</h4>
            <ul>{f.points.iter().map(|p| {
                let facts = p.facts.clone();
                view! { <li data-point=p.id.to_string()>{bi(ids::point(&p.id))}
                    {(!facts.is_empty()).then(|| view! { <small class="fact-source">{bi_with(move |tr| crate::report::fact_sources(q, tr, &facts).join(" "))}</small> })}
                </li> }
            }).collect_view()}</ul>
        </div>
    });
    // Whom to contact, briefly; the full entries are in the directory below.
    let contacts = (!f.referrals.is_empty()).then(|| {
        view! {
            <div class="contacts">
                <h4>{bi("whom-to-contact")}</h4>
                <ul>{f.referrals.iter().filter_map(|r| q.referral(r)).map(|r| view! {
                    <li>
                        <strong>{bi(ids::referral(&r.id))}</strong>
                        {reach(r)}
                    </li>
                }).collect_view()}</ul>
            </div>
        }
    });
    // For the counsellor: the rule as written in the content, and every answer it reads.
    let rule = details.then(|| {
        let rule = q.rules().find(|r| r.id == f.id);
        let text = rule.map(|r| r.when.to_string()).unwrap_or_default();
        let answers: Vec<_> = rule
            .map(|r| r.when.questions().into_iter().collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|qid| ui.session.with_untracked(|s| s.answers.get(&qid).cloned()).map(|a| (qid, a)))
            .collect();
        view! {
            <div class="rule">
                <p><code dir="ltr">{move || super::text::t_args("counsellor-rule", &[("rule", text.clone().into())])}</code></p>
                <h4>{bi("counsellor-answers")}</h4>
                <ul>{answers.into_iter().map(|(qid, a)| {
                    view! { <li>{bi_with(move |tr| answer_line(q, tr, &qid, &a))}</li> }
                }).collect_view()}</ul>
            </div>
        }
    });
    view! {
        <article class=class data-route=f.id.to_string()>
            <h3>{bi(msg.clone())}</h3>
            <p>{bi(format!("{msg}.what"))}</p>
            {deadline}
            {held_back}
            {reasons}
            {points}
            {unconfirmed}
            <div class="next">
                <h4>{bi("what-next")}</h4>
                <p>{bi(format!("{msg}.next"))}</p>
            </div>
            {contacts}
            {rule}
        </article>
    }
}

/// What "read aloud" says for the result: each note and route with what it
/// is and what to do next.
fn spoken_result(a: &Assessment) -> String {
    let tr = super::text::translator(use_ui().locale.get_untracked());
    let mut parts = vec![tr.t("result-title"), tr.t("result-not-advice")];
    let cards = a.urgent.iter().map(|f| ids::urgent(&f.id)).chain(a.routes.iter().map(|f| ids::route(&f.id)));
    for m in cards {
        parts.extend([tr.t(&m), tr.t(&format!("{m}.what")), tr.t(&format!("{m}.next"))]);
    }
    if !a.other_options.is_empty() {
        parts.push(tr.t("result-other-title"));
        parts.push(tr.t("result-other-why"));
        parts.extend(a.other_options.iter().map(|f| tr.t(&ids::route(&f.id))));
    }
    crate::report::strip_isolation(&parts.join(". \n"))
}
