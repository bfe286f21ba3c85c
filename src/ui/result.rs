//! The result: urgent notes first, then one card per route (what it is, why
//! it is shown, what to do next, whom to contact), then return options held
//! back by the safety rule.

use super::state::{today, use_ui};
use super::text::{format_date, t, t_args};
use crate::content::questionnaire;
use crate::engine::{assess, Finding};
use crate::i18n::ids;
use crate::report::reason_text;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum CardKind {
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
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <section class="result">
            <h1 tabindex="-1" node_ref=heading>{move || t("result-title")}</h1>
            <p class="lead">{move || t("result-intro")}</p>
            <p class="advice">{move || t("result-not-advice")}</p>
            {move || {
                let a = assessment.get();
                view! {
                    {(!a.urgent.is_empty()).then(|| view! {
                        <section class="urgent" aria-labelledby="urgent-title">
                            <h2 id="urgent-title">{t("result-urgent-title")}</h2>
                            {a.urgent.iter().map(|f| card(f.clone(), CardKind::Urgent)).collect_view()}
                        </section>
                    })}
                    <section class="routes" aria-labelledby="routes-title">
                        <h2 id="routes-title">{t("result-routes-title")}</h2>
                        {a.routes.iter().map(|f| card(f.clone(), CardKind::Route)).collect_view()}
                    </section>
                    {(!a.other_options.is_empty()).then(|| view! {
                        <section class="other" aria-labelledby="other-title">
                            <h2 id="other-title">{t("result-other-title")}</h2>
                            <p>{t("result-other-why")}</p>
                            {a.other_options.iter().map(|f| card(f.clone(), CardKind::Other)).collect_view()}
                        </section>
                    })}
                }
            }}
            <div class="nav">
                <button type="button" class="back" on:click=move |_| ui.back()>
                    <span class="arrow" aria-hidden="true">"←"</span>{move || t("result-restart")}
                </button>
            </div>
        </section>
    }
}

fn card(f: Finding, kind: CardKind) -> impl IntoView {
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
    let locale = ui.locale.get_untracked();
    let deadline = f.deadline.map(|d| {
        let passed = d < today();
        view! {
            <p class="deadline"><strong>{t_args("deadline", &[("date", format_date(locale, d).into())])}</strong></p>
            {passed.then(|| view! { <p class="deadline-passed">{t("deadline-passed")}</p> })}
        }
    });
    let reasons = if f.reasons.is_empty() {
        view! { <p class="because">{t("reason-general")}</p> }.into_any()
    } else {
        let tr = super::text::translator(locale);
        view! {
            <div class="because">
                <h4>{t("because")}</h4>
                <ul>{f.reasons.iter().map(|r| view! { <li>{reason_text(q, &tr, r)}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any()
    };
    let points = (!f.points.is_empty()).then(|| view! {
        <div class="points">
            <h4>{t("points-title")}</h4>
            <ul>{f.points.iter().map(|p| view! { <li data-point=p.id.to_string()>{t(&ids::point(&p.id))}</li> }).collect_view()}</ul>
        </div>
    });
    let contacts = (!f.referrals.is_empty()).then(|| view! {
        <div class="contacts">
            <h4>{t("whom-to-contact")}</h4>
            {f.referrals.iter().filter_map(|r| q.referral(r)).map(|r| {
                let m = ids::referral(&r.id);
                let checked = crate::engine::Day::parse_iso(&r.checked).map(|d| format_date(locale, d)).unwrap_or(r.checked.clone());
                view! {
                    <div class="contact">
                        <p class="contact-name"><strong>{t(&m)}</strong></p>
                        <p>{t(&format!("{m}.offer"))}" "{t(&format!("{m}.how"))}</p>
                        {r.phone.clone().map(|p| view! { <p>{t_args("referral-phone", &[("phone", p.into())])}</p> })}
                        {r.web.clone().map(|w| view! { <p>{t_args("referral-web", &[("web", w.into())])}</p> })}
                        <p class="checked">{t_args("referral-checked", &[("date", checked.into())])}</p>
                    </div>
                }
            }).collect_view()}
        </div>
    });
    view! {
        <article class=class data-route=f.id.to_string()>
            <h3>{t(&msg)}</h3>
            <p>{t(&format!("{msg}.what"))}</p>
            {deadline}
            {reasons}
            {points}
            <div class="next">
                <h4>{t("what-next")}</h4>
                <p>{t(&format!("{msg}.next"))}</p>
            </div>
            {contacts}
        </article>
    }
}
